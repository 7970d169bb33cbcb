#!/usr/bin/env bash
# Benchmark: devnet cold start (anvil up + all deployments, in a fresh JVM) against the reference of
# a bare anvil start measured in this same script. Target: devnet under 5 s.
# Usage: bench/devnet-start.sh [runs]   (needs a build: ./steward --version builds if needed)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS=${1:-5}
"$ROOT/steward" --version >/dev/null
CP="$ROOT/bench/target/classes:$ROOT/app/target/steward-app.jar:$ROOT/app/target/lib/*"
(cd "$ROOT" && mvn -B -q -o -pl bench compile)
ANVIL="$ROOT/contracts/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

bare=()
for _ in $(seq "$RUNS"); do
  t0=$(now_ms)
  log=$(mktemp)
  "$ANVIL" --host 127.0.0.1 --port 0 >"$log" 2>&1 &
  pid=$!
  until port=$(grep -o 'Listening on 127.0.0.1:[0-9]*' "$log" | cut -d: -f2) && [ -n "$port" ]; do sleep 0.005; done
  until curl -s -o /dev/null -X POST -H 'content-type: application/json' \
      --data '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' "127.0.0.1:$port"; do sleep 0.005; done
  bare+=($(( $(now_ms) - t0 )))
  kill "$pid"; wait "$pid" 2>/dev/null || true; rm -f "$log"
done

full=()
seeded=()
for _ in $(seq "$RUNS"); do
  t0=$(now_ms)
  java -Dsteward.home="$ROOT" -cp "$CP" org.steward.bench.devnet.DevnetColdStart >/dev/null
  full+=($(( $(now_ms) - t0 )))
  t0=$(now_ms)
  java -Dsteward.home="$ROOT" -cp "$CP" org.steward.bench.devnet.DevnetColdStart demo >/dev/null
  seeded+=($(( $(now_ms) - t0 )))
done

b=$(printf '%s\n' "${bare[@]}" | median)
f=$(printf '%s\n' "${full[@]}" | median)
s=$(printf '%s\n' "${seeded[@]}" | median)
echo "bare anvil start (reference): median ${b} ms  runs: ${bare[*]}"
echo "devnet cold start (JVM + anvil + Safe, token, timelock, governor): median ${f} ms  runs: ${full[*]}"
echo "devnet cold start with the demo history seeded (what ./steward demo waits for): median ${s} ms  runs: ${seeded[*]}"
awk -v f="$f" -v b="$b" 'BEGIN { printf "ratio devnet/bare-anvil: %.1fx; target under 5000 ms: %s\n", f/b, (f < 5000 ? "met" : "NOT met") }'
