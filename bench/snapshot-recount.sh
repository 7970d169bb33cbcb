#!/usr/bin/env bash
# Recounts the same 1,000,000-vote proposal of every Snapshot voting type with snapshot.js's own
# src/voting classes (node) and with Steward's tally (Java), checks that the results agree, and
# prints the time ratio per type. Both sides time the recount alone, on votes already in memory,
# as the median of RUNS runs after WARMUP runs.
#   VOTES=1000000 RUNS=5 WARMUP=2 bench/snapshot-recount.sh [type ...]
# Needs app/target/steward-app.jar and app/target/lib (./mvnw -pl app -am package -DskipTests).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
here="$root/bench/snapshot"
votes="${VOTES:-1000000}"
runs="${RUNS:-5}"
warmup="${WARMUP:-2}"
data="${DATA_DIR:-$root/bench/target/snapshot-data}"
types=("$@")
[ ${#types[@]} -gt 0 ] || types=(single-choice approval quadratic ranked-choice weighted basic copeland)

if [ ! -d "$here/node_modules/@snapshot-labs/snapshot.js" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
fi
if [ ! -f "$root/app/target/steward-app.jar" ]; then
  echo "app/target/steward-app.jar is missing: run ./mvnw -B -pl app -am package -DskipTests first." >&2
  exit 2
fi
classes="$root/bench/target/classes"
cp="$root/app/target/steward-app.jar:$root/app/target/lib/*"
mkdir -p "$classes" "$data"
javac -q -d "$classes" -cp "$cp" "$root"/bench/src/main/java/org/steward/bench/snapshot/*.java 2>/dev/null \
  || javac -d "$classes" -cp "$cp" "$root"/bench/src/main/java/org/steward/bench/snapshot/*.java

echo "snapshot.js $(node -p "require('$here/node_modules/@snapshot-labs/snapshot.js/package.json').version") on node $(node --version), $(java -version 2>&1 | head -1); $votes votes per type, median of $runs runs after $warmup warm-up runs"
status=0
for type in "${types[@]}"; do
  file="$data/$type-$votes.json"
  [ -f "$file" ] || node "$here/generate.js" "$type" "$votes" 20261122 "$file"
  node --max-old-space-size=8192 "$here/recount.js" "$type" "$file" "$warmup" "$runs" > "$data/$type.snapshotjs.json"
  java -Xmx4g -cp "$classes:$cp" org.steward.bench.snapshot.SnapshotRecountBench "$type" "$file" "$warmup" "$runs" > "$data/$type.steward.json"
  node "$here/compare.js" "$data/$type.snapshotjs.json" "$data/$type.steward.json" || status=$?
done
exit $status
