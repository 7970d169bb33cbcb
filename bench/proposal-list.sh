#!/usr/bin/env bash
# Proposal list with 100,000 Snapshot proposals under Xvfb: time from the request to the first
# painted rows, and the heap held afterwards. Reference in the same script: a plain JavaFX ListView
# of the same 100,000 titles, built the same way. Runs interleaved; prints medians and ratios.
#   bench/proposal-list.sh [proposals] [runs]     (defaults: 100000 proposals, 3 runs)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N=${1:-100000}
RUNS=${2:-3}
cd "$ROOT"
command -v xvfb-run >/dev/null || { echo "xvfb-run is needed (apt install xvfb xauth)" >&2; exit 1; }
mvn -B -q -o -pl bench compile
CPFILE=$(mktemp)
trap 'rm -f "$CPFILE"' EXIT
mvn -B -q -o -pl bench dependency:build-classpath -Dmdep.outputFile="$CPFILE" >/dev/null
CP="$ROOT/bench/target/classes:$(cat "$CPFILE")"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

run() {
  xvfb-run -a java -Xmx2g -Dprism.order=sw -cp "$CP" org.steward.bench.ui.governance.ProposalListBench "$1" "$N" 2>/dev/null
}

s_ms=(); s_mb=(); r_ms=(); r_mb=()
for _ in $(seq "$RUNS"); do
  out=$(run steward); s_ms+=($(awk '/^first-rows-ms/ {print $2}' <<<"$out")); s_mb+=($(awk '/^heap-mb/ {print $2}' <<<"$out"))
  out=$(run reference); r_ms+=($(awk '/^first-rows-ms/ {print $2}' <<<"$out")); r_mb+=($(awk '/^heap-mb/ {print $2}' <<<"$out"))
done
SM=$(printf '%s\n' "${s_ms[@]}" | median); RM=$(printf '%s\n' "${r_ms[@]}" | median)
SH=$(printf '%s\n' "${s_mb[@]}" | median); RH=$(printf '%s\n' "${r_mb[@]}" | median)
echo "proposals: $N, runs: $RUNS"
echo "steward proposal list: first rows ${SM} ms (runs: ${s_ms[*]}), heap ${SH} MB"
echo "reference ListView:    first rows ${RM} ms (runs: ${r_ms[*]}), heap ${RH} MB"
awk -v s="$SM" -v r="$RM" -v sh="$SH" -v rh="$RH" 'BEGIN {printf "ratio: time %.2fx, heap %.2fx\n", s/r, sh/(rh>0?rh:1)}'
