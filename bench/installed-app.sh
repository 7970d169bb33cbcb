#!/usr/bin/env bash
# The installed app: cold start of the installed launcher to its first frame under Xvfb (reference: a
# one-Label JavaFX app on the same bundled runtime), resident memory after opening every screen on the
# demo with the launcher's own JVM options, and the .deb's size.
#   bench/installed-app.sh [runs]     (default 3)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS=${1:-3}
cd "$ROOT"
[ -f installers/target/deb/steward_*.deb ] 2>/dev/null || ./steward package >/dev/null
DEB=$(ls installers/target/deb/steward_*.deb)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
dpkg-deb -x "$DEB" "$WORK/root"
APP="$WORK/root/opt/steward"
JOPTS=$(sed -n 's/^JAVA_OPTIONS="\(.*\)"/\1/p' installers/package.sh)
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

classes="$WORK/classes"
mkdir -p "$classes"
javac -nowarn -d "$classes" -cp "$APP/lib/app/*" bench/src/main/java/org/steward/bench/ui/start/ReferenceApp.java bench/src/main/java/org/steward/bench/ui/start/ReferenceStart.java
first() { grep -m1 -oE '^first-frame-ms [0-9]+' | awk '{print $2}'; }
installed=(); reference=()
for _ in $(seq "$RUNS"); do
  installed+=($(JAVA_TOOL_OPTIONS="-Dsteward.startupProbe=exit -Dprism.order=sw" STEWARD_DATA_DIR="$WORK/data" xvfb-run -a "$APP/bin/steward" 2>/dev/null | first))
  reference+=($(xvfb-run -a "$APP/lib/runtime/bin/java" -Dsteward.startupProbe=exit -Dprism.order=sw $JOPTS -cp "$classes:$APP/lib/app/*" org.steward.bench.ui.start.ReferenceStart 2>/dev/null | first))
done
I=$(printf '%s\n' "${installed[@]}" | median); R=$(printf '%s\n' "${reference[@]}" | median)
RSS=$(STEWARD_JAVA_OPTS="-Dprism.order=sw -Dsteward.tour=exit $JOPTS" xvfb-run -a ./steward demo 2>/dev/null | grep -m1 -oE 'rss-mb [0-9]+' | awk '{print $2}')
echo "installed launcher cold start to first frame: median ${I} ms (runs: ${installed[*]}); reference on the bundled runtime: median ${R} ms (runs: ${reference[*]})"
awk -v i="$I" -v r="$R" 'BEGIN {printf "ratio %.2fx\n", i/r}'
echo "resident memory after opening every screen on the demo (launcher JVM options: $JOPTS): ${RSS} MB (target under 400 MB: $([ "${RSS:-999}" -lt 400 ] && echo met || echo NOT met))"
echo ".deb size: $(du -h "$DEB" | cut -f1) ($(stat -c %s "$DEB") bytes)"
