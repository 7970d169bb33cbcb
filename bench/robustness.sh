#!/usr/bin/env bash
# Robustness figures for docs/limits.md (issue 16): the longer runs of what the suite runs briefly.
#  1. every seeded fuzz decoder with CASES cases each: cases and unexpected exceptions (target 0);
#  2. every network command of the CLI against silent, slow, dripping, oversized, stalling and
#     just-in-time servers on 127.0.0.1: the longest wait of each kind as a ratio of the limit it
#     runs into (the reference, set in the same run: 1 s first byte, 3 s per call, 1.5 s and 3 s
#     per command; target: ratio ~1);
#  3. TRIALS kill -9 crash trials of a process writing the history file: rows lost (target 0).
#   bench/robustness.sh [cases] [trials] [seed]     (defaults: 100000 cases, 200 trials, the suite's seed)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CASES=${1:-100000}
TRIALS=${2:-200}
SEED=${3:-}
cd "$ROOT"
LOG=$(mktemp -d)
trap 'rm -rf "$LOG"' EXIT
SEEDARG=()
if [ -n "$SEED" ]; then SEEDARG=(-Dsteward.fuzz.seed="$SEED"); fi

run() { # module-list tests extra-args...
  local modules=$1 tests=$2; shift 2
  nice mvn -B -o -pl "$modules" -am verify -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false -DskipITs "$@" \
    >"$LOG/mvn.txt" 2>&1 || { tail -40 "$LOG/mvn.txt"; echo "FAILED: $tests"; return 1; }
}

echo "== fuzzed decoders ($CASES cases each${SEED:+, seed $SEED})"
run core,wallet-hw,governance,treasury,registry-ui \
  'AbiDecoderFuzzTest,AddressBookCsvFuzzTest,RpcLogSourceFuzzTest,LedgerAnswersFuzzTest,OneKeyAnswersFuzzTest,GovernanceDecodersFuzzTest,GovernorLogsFuzzTest,TreasuryDecodersFuzzTest,TimelockLogsFuzzTest,RegistryLogsFuzzTest' \
  -Dsteward.fuzz.cases="$CASES" "${SEEDARG[@]}" || true
cat */target/surefire-reports/*-output.txt 2>/dev/null | grep -a '^fuzz ' | sort

echo "== network commands against hostile servers (longest wait / limit)"
run app HostileNetworkCommandsTest || true
grep -ah ' ms  ' app/target/surefire-reports/*HostileNetworkCommandsTest-output.txt | awk '
  { kind=$1; ms=$(NF-0); for (i=1;i<=NF;i++) if ($(i+1)=="ms") ms=$i;
    limit = (kind=="silent"||kind=="slow"||kind=="stalls") ? 1000 : (kind=="deadline") ? 1500 : (kind=="oversized") ? 0 : 3000;
    if (ms>max[kind]) max[kind]=ms; lim[kind]=limit }
  END { for (k in max) if (lim[k]>0) printf "%-10s longest %6d ms, limit %5d ms, ratio %.2f\n", k, max[k], lim[k], max[k]/lim[k];
        else printf "%-10s longest %6d ms (size limit: ended when 1 MiB had arrived)\n", k, max[k] }' | sort

echo "== kill -9 crash trials on the history file"
run core 'HistoryFileSafetyTest#killMinusNineLosesNoCommittedRow' -Dsteward.test.crash-trials="$TRIALS" || true
grep -ah '^crash trials' core/target/surefire-reports/*HistoryFileSafetyTest-output.txt
