#!/usr/bin/env bash
# Cold start to first painted frame under Xvfb: Steward's shell against a one-Label JavaFX app,
# same JVM and flags, runs interleaved. Prints both medians and their ratio.
# Target: Steward's median under 2500 ms.
#   RUNS=5 (default)   JAVA=java   MVN=./mvnw
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
JAVA=${JAVA:-java}
MVN=${MVN:-./mvnw}
TARGET_MS=2500

if ! command -v xvfb-run >/dev/null || ! command -v xauth >/dev/null || ! ldconfig -p | grep -q libgtk-3.so.0; then
    echo "installing xvfb xauth libgtk-3-0" >&2
    apt-get install -y xvfb xauth libgtk-3-0 >/dev/null || { apt-get update >/dev/null && apt-get install -y xvfb xauth libgtk-3-0 >/dev/null; }
fi

if [[ ! -f app/target/steward-app.jar || ! -d app/target/lib ]]; then
    echo "building app (app/target/steward-app.jar, app/target/lib)" >&2
    "$MVN" -B -q -pl app -am package -DskipTests
fi

# The bench's two mains, compiled against exactly the jars the app ships with.
classes=bench/target/start-classes
mkdir -p "$classes"
app_cp="app/target/steward-app.jar:app/target/lib/*"
javac -nowarn -d "$classes" -cp "$app_cp" bench/src/main/java/org/steward/bench/ui/start/*.java

flags=(-Dprism.order=sw -Dsteward.startupProbe=exit)

# One run: prints the first-frame-ms figure, or fails loudly with the program's output.
measure() {
    local out
    out=$(xvfb-run -a "$JAVA" "${flags[@]}" -cp "$1" "$2" 2>&1) || true
    local ms
    ms=$(grep -m1 -oE '^first-frame-ms [0-9]+' <<<"$out" | awk '{print $2}')
    if [[ -z "$ms" ]]; then
        echo "no first-frame-ms line from $2:" >&2
        echo "$out" >&2
        exit 1
    fi
    echo "$ms"
}

median() {
    sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'
}

steward_cp="$classes:$app_cp"
reference_cp="$classes:$app_cp"

# Warm the page cache once for each, so "cold" means a fresh JVM, not a cold disk.
measure "$steward_cp" org.steward.bench.ui.start.ShellStart >/dev/null
measure "$reference_cp" org.steward.bench.ui.start.ReferenceStart >/dev/null

steward=()
reference=()
for ((i = 1; i <= RUNS; i++)); do
    steward+=("$(measure "$steward_cp" org.steward.bench.ui.start.ShellStart)")
    reference+=("$(measure "$reference_cp" org.steward.bench.ui.start.ReferenceStart)")
    echo "run $i: steward ${steward[-1]} ms, reference ${reference[-1]} ms" >&2
done

s_med=$(printf '%s\n' "${steward[@]}" | median)
r_med=$(printf '%s\n' "${reference[@]}" | median)
ratio=$(awk -v s="$s_med" -v r="$r_med" 'BEGIN {printf "%.2f", s / r}')

echo "app cold start to first frame under Xvfb (-Dprism.order=sw, $RUNS runs, $(nproc) cores, $("$JAVA" -version 2>&1 | head -1))"
echo "steward   median ${s_med} ms   runs: ${steward[*]}"
echo "reference median ${r_med} ms   runs: ${reference[*]}   (one Label, same JVM and flags)"
echo "ratio     ${ratio}x"
if ((s_med < TARGET_MS)); then
    echo "target    under ${TARGET_MS} ms: met"
else
    echo "target    under ${TARGET_MS} ms: MISSED"
    exit 2
fi
