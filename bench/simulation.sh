#!/usr/bin/env bash
# Benchmark: a Safe payment simulated end to end on a private anvil fork of the devnet (fork
# start, run, report) against a plain eth_call of the same payment on the same node, in one JVM.
# Each round: a fresh simulator's first simulation (starts anvil) and its second (reused fork).
# Targets: first under 2000 ms, reused under 300 ms. Prints absolute medians and ratios to eth_call.
#   bench/simulation.sh [rounds]     (default 5)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS=${1:-5}
cd "$ROOT"
CPFILE=$(mktemp)
trap 'rm -f "$CPFILE"' EXIT
# Compiled and resolved in one reactor run, so Steward's modules come from this checkout's
# target/classes and never from a possibly stale copy in ~/.m2.
mvn -B -q -o -pl bench -am compile dependency:build-classpath -Dmdep.outputFile="$CPFILE" >/dev/null
CP="$ROOT/bench/target/classes:$(cat "$CPFILE")"
java -Dsteward.home="$ROOT" -cp "$CP" org.steward.bench.simulation.SimulationBench "$ROUNDS"
