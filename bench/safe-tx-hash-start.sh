#!/usr/bin/env bash
# Cold start of `steward safe tx-hash ... --json` against a hello-world `java -cp` start on the same
# JVM, runs interleaved. Prints the medians in ms and their ratio. Target: under 1000 ms.
# Also measures the same command with an App CDS archive, the remedy if the target is missed.
#   RUNS=7 (default)   JAVA=java   MVN=./mvnw
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNS=${RUNS:-7}
JAVA=${JAVA:-java}
MVN=${MVN:-./mvnw}
TARGET_MS=1000

if [[ ! -f app/target/steward-app.jar || ! -d app/target/lib ]]; then
    echo "building app (app/target/steward-app.jar, app/target/lib)" >&2
    "$MVN" -B -q -pl app -am package -DskipTests
fi

work=bench/target/safe-tx-hash-start
mkdir -p "$work/hello"
cat > "$work/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("{}");
    }
}
JAVA
javac -d "$work/hello" "$work/Hello.java"

# A private copy of the app's classpath: other builds touching app/target would invalidate the CDS archive.
rm -rf "$work/cp"
mkdir -p "$work/cp/lib"
cp app/target/steward-app.jar "$work/cp/"
cp app/target/lib/*.jar "$work/cp/lib/"
app_cp="$work/cp/steward-app.jar:$work/cp/lib/*"
# The README example of pcaversaccio/safe-tx-hashes-util (arbitrum, nonce 234), every flag given.
args=(safe tx-hash --chain-id 42161 --safe 0x111CEEee040739fD91D29C34C33E6B3E112F2177 --safe-version 1.3.0+L2
      --to 0x111CEEee040739fD91D29C34C33E6B3E112F2177 --value 0
      --data 0x0d582f130000000000000000000000000c75fa5a5f1c0997e3eea425cfa13184ed0ec9e50000000000000000000000000000000000000000000000000000000000000003
      --operation 0 --safe-tx-gas 0 --base-gas 0 --gas-price 0
      --gas-token 0x0000000000000000000000000000000000000000 --refund-receiver 0x0000000000000000000000000000000000000000
      --nonce 234 --json)
expected='"safeTxHash":"0x0cb7250b8becd7069223c54e2839feaed4cee156363fbfe5dd0a48e75c4e25b3"'

# What ./steward runs once nothing needs building (its run_java line).
steward_java=("$JAVA" -Dsteward.home="$ROOT" -cp "$app_cp" org.steward.app.Main "${args[@]}")
hello_java=("$JAVA" -cp "$work/hello" Hello)
jsa="$work/steward-safe.jsa"
rm -f "$jsa"
"$JAVA" -XX:ArchiveClassesAtExit="$jsa" -Dsteward.home="$ROOT" -cp "$app_cp" org.steward.app.Main "${args[@]}" >/dev/null 2>"$work/cds-dump.log"
cds_java=("$JAVA" -Xshare:on -XX:SharedArchiveFile="$jsa" -Dsteward.home="$ROOT" -cp "$app_cp" org.steward.app.Main "${args[@]}")

# One run: wall-clock milliseconds; the steward variants must print the published safeTxHash.
measure() {
    local check=$1
    shift
    local t0 t1 out
    t0=$(date +%s%N)
    out=$("$@" 2>&1) || { echo "failed: $*" >&2; echo "$out" >&2; exit 1; }
    t1=$(date +%s%N)
    if [[ "$check" == yes && "$(tail -n1 <<<"$out")" != *"$expected"* ]]; then
        echo "wrong output from: $*" >&2
        echo "$out" >&2
        exit 1
    fi
    echo $(( (t1 - t0) / 1000000 ))
}

median() {
    sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'
}

# ./steward itself (java check, staleness scan, then the same java line), measured only while it
# would not rebuild: a rebuild is not a start, and would load the shared machine for minutes.
launcher_fresh() {
    [[ -f app/target/steward-app.jar && -z "$(find . \( -path ./contracts/node_modules -o -path '*/target' -o -path ./.git -o -path ./contracts/build \) -prune -o \
        \( -name pom.xml -o -path '*/src/*' -o -path './contracts/src/*' -o -name package-lock.json \) -type f -newer app/target/steward-app.jar -print -quit)" ]]
}

hello=() steward=() cds=() launcher=()
for ((i = 0; i < RUNS; i++)); do
    hello+=("$(measure no "${hello_java[@]}")")
    steward+=("$(measure yes "${steward_java[@]}")")
    cds+=("$(measure yes "${cds_java[@]}")")
    if launcher_fresh; then
        launcher+=("$(measure yes ./steward "${args[@]}")")
    fi
done

h=$(printf '%s\n' "${hello[@]}" | median)
s=$(printf '%s\n' "${steward[@]}" | median)
c=$(printf '%s\n' "${cds[@]}" | median)
echo "runs: $RUNS each, interleaved; $("$JAVA" -version 2>&1 | head -n1)"
echo "hello-world java -cp (reference):      median ${h} ms  [${hello[*]}]"
echo "steward safe tx-hash --json (java -cp): median ${s} ms  [${steward[*]}]"
echo "same with App CDS archive:              median ${c} ms  [${cds[*]}]"
if (( ${#launcher[@]} > 0 )); then
    l=$(printf '%s\n' "${launcher[@]}" | median)
    echo "./steward safe tx-hash --json:          median ${l} ms  [${launcher[*]}] (${#launcher[@]} runs while no rebuild was due)"
else
    l=$s
    echo "./steward launcher not measured: sources are newer than app/target/steward-app.jar, so it would rebuild first"
fi
awk -v s="$s" -v h="$h" -v c="$c" 'BEGIN { printf "ratio steward/hello: %.1fx   with App CDS: %.1fx\n", s / h, c / h }'
if (( l < TARGET_MS )); then
    echo "target met: ${l} ms < ${TARGET_MS} ms"
else
    echo "target missed: ${l} ms >= ${TARGET_MS} ms"
fi
