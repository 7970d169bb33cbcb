#!/usr/bin/env bash
# Benchmark: index 100,000 registry events from anvil, then reopen the index to the table's first rows.
# Reference, measured in this same script on the same chain: one raw eth_getLogs of the same range,
# addresses and topics with curl (transfer only: no decoding, no storing).
# Targets: reopen to first rows under 1000 ms.
#   bench/registry-index.sh [events] [runs]     (defaults: 100000 events, 3 runs)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EVENTS=${1:-100000}
RUNS=${2:-3}
cd "$ROOT"
mvn -B -q -o -pl bench compile
CPFILE=$(mktemp)
mvn -B -q -o -pl bench dependency:build-classpath -Dmdep.outputFile="$CPFILE" >/dev/null
CP="$ROOT/bench/target/classes:$(cat "$CPFILE")"
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK" "$CPFILE"' EXIT

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

mkfifo "$WORK/out"
java -Dsteward.home="$ROOT" -cp "$CP" org.steward.bench.registry.RegistryIndexBench serve "$EVENTS" >"$WORK/out" &
SERVER=$!
exec 3<"$WORK/out"
read -r RPC REGISTRY HEAD <&3
read -r REQUEST <&3
echo "devnet $RPC: registry $REGISTRY holds $EVENTS StakeAdded events up to block $HEAD"

raw=()
for _ in $(seq "$RUNS"); do
  t0=$(now_ms)
  curl -s -X POST -H 'content-type: application/json' --data "$REQUEST" "$RPC" >"$WORK/logs.json"
  raw+=($(( $(now_ms) - t0 )))
done
LOGS=$(grep -o '"logIndex"' "$WORK/logs.json" | wc -l)

indexed=()
firstrows=()
for i in $(seq "$RUNS"); do
  line=$(java -cp "$CP" org.steward.bench.registry.RegistryIndexBench index "$RPC" "$REGISTRY" "$WORK/run$i.db")
  echo "  $line"
  indexed+=($(echo "$line" | awk '{print $2}'))
  line=$(java -cp "$CP" org.steward.bench.registry.RegistryIndexBench reopen "$REGISTRY" "$WORK/run$i.db")
  echo "  $line"
  firstrows+=($(echo "$line" | awk '{print $2}'))
done

r=$(printf '%s\n' "${raw[@]}" | median)
x=$(printf '%s\n' "${indexed[@]}" | median)
o=$(printf '%s\n' "${firstrows[@]}" | median)
echo "reference: raw eth_getLogs of the same $LOGS logs with curl: median ${r} ms  runs: ${raw[*]}"
echo "steward: index them into SQLite (discovery, getLogs, block times, decode, store; fresh JVM): median ${x} ms  runs: ${indexed[*]}"
awk -v n="$LOGS" -v x="$x" -v r="$r" 'BEGIN { printf "steward %.0f events/s; raw transfer %.0f events/s; ratio steward/raw %.1fx\n", n*1000/x, n*1000/r, x/r }'
echo "reopen to first rows (open the history file + load the table; in main): median ${o} ms  runs: ${firstrows[*]}"
awk -v o="$o" 'BEGIN { printf "target first rows under 1000 ms: %s\n", (o < 1000 ? "met" : "NOT met") }'
