#!/usr/bin/env bash
# Benchmark: index the history of a Safe with 5,000 executed transactions on the devnet.
# Reference in the same run against the same node: a small ethers script doing the same eth_getLogs,
# decoding and block timestamps (bench/safe-history.mjs). Target: Steward / ethers <= 1.0x.
#   bench/safe-history.sh [transactions] [runs]     (defaults: 5000 transactions, 3 runs)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COUNT=${1:-5000}
RUNS=${2:-3}
cd "$ROOT"
mvn -B -q -o -pl bench compile
CPFILE=$(mktemp)
mvn -B -q -o -pl bench dependency:build-classpath -Dmdep.outputFile="$CPFILE" >/dev/null
CP="$ROOT/bench/target/classes:$(cat "$CPFILE")"
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK" "$CPFILE"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

mkfifo "$WORK/out"
java -Dsteward.home="$ROOT" -cp "$CP" org.steward.bench.treasury.SafeHistoryBench serve "$COUNT" >"$WORK/out" &
SERVER=$!
exec 3<"$WORK/out"
read -r RPC SAFE HEAD <&3
echo "devnet $RPC: Safe $SAFE executed $COUNT transactions up to block $HEAD"

ref=(); stw=()
for i in $(seq "$RUNS"); do
  line=$(node bench/safe-history.mjs "$RPC" "$SAFE" "$HEAD"); echo "  ethers:  $line"; ref+=($(awk '{print $2}' <<<"$line"))
  line=$(java -cp "$CP" org.steward.bench.treasury.SafeHistoryBench index "$RPC" "$SAFE" "$WORK/run$i.db"); echo "  steward: $line"
  stw+=($(awk '{print $2}' <<<"$line"))
done
R=$(printf '%s\n' "${ref[@]}" | median); S=$(printf '%s\n' "${stw[@]}" | median)
echo "reference (ethers getLogs + decode + block times): median ${R} ms; steward (same + SQLite, fresh JVM): median ${S} ms"
awk -v s="$S" -v r="$R" 'BEGIN { printf "ratio steward/ethers %.2fx (target <= 1.0x: %s)\n", s/r, (s/r <= 1.0 ? "met" : "NOT met") }'
