#!/usr/bin/env bash
# Cold start of `steward safe tx-hash ... --json` against a hello-world `java -cp` start on the same
# JVM, runs interleaved. Prints the medians in ms and their ratio. Target: under 1000 ms.
# Also measures the same command with an App CDS archive, alone and with bcprov's jar signature
# stripped, the remedies looked at in case the target is missed.
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
# App CDS cannot archive picocli (Java 5 class files) nor bcprov (a signed jar), so a second
# variant strips bcprov's signature: its verification (a 700 kB .SF) is a large part of the start.
dump_archive() {
    local jsa=$1 cp=$2
    rm -f "$jsa"
    "$JAVA" -XX:ArchiveClassesAtExit="$jsa" -Dsteward.home="$ROOT" -cp "$cp" org.steward.app.Main "${args[@]}" >/dev/null 2>"$jsa.log"
}
rm -rf "$work/cp-unsigned"
cp -r "$work/cp" "$work/cp-unsigned"
for jar in "$work"/cp-unsigned/lib/bcprov-*.jar; do
    zip -q -d "$jar" 'META-INF/*.SF' 'META-INF/*.DSA' 'META-INF/*.RSA' 'META-INF/*.EC' >/dev/null 2>&1 || true
done
unsigned_cp="$work/cp-unsigned/steward-app.jar:$work/cp-unsigned/lib/*"
dump_archive "$work/steward-safe.jsa" "$app_cp"
dump_archive "$work/steward-safe-unsigned.jsa" "$unsigned_cp"
cds_java=("$JAVA" -Xshare:on -XX:SharedArchiveFile="$work/steward-safe.jsa" -Dsteward.home="$ROOT" -cp "$app_cp" org.steward.app.Main "${args[@]}")
unsigned_cds_java=("$JAVA" -Xshare:on -XX:SharedArchiveFile="$work/steward-safe-unsigned.jsa" -Dsteward.home="$ROOT" -cp "$unsigned_cp" org.steward.app.Main "${args[@]}")

# One run: "wall-ms cpu-ms" (cpu = user + sys, less disturbed than wall time when other builds
# share the machine); the steward variants must print the published safeTxHash.
measure() {
    local check=$1
    shift
    local times
    times=$( { TIMEFORMAT='%R %U %S'; time "$@" >"$work/run.out" 2>&1; } 2>&1 ) || { echo "failed: $*" >&2; cat "$work/run.out" >&2; exit 1; }
    if [[ "$check" == yes && "$(tail -n1 "$work/run.out")" != *"$expected"* ]]; then
        echo "wrong output from: $*" >&2
        cat "$work/run.out" >&2
        exit 1
    fi
    awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' <<<"$times"
}

# ./steward itself (java check, staleness scan, then the same java line), measured only while it
# would not rebuild: a rebuild is not a start, and would load the shared machine for minutes.
launcher_fresh() {
    [[ -f app/target/steward-app.jar && -z "$(find . \( -path ./contracts/node_modules -o -path '*/target' -o -path ./.git -o -path ./contracts/build \) -prune -o \
        \( -name pom.xml -o -path '*/src/*' -o -path './contracts/src/*' -o -name package-lock.json \) -type f -newer app/target/steward-app.jar -print -quit)" ]]
}

hello=() steward=() cds=() unsigned=() launcher=()
for ((i = 0; i < RUNS; i++)); do
    hello+=("$(measure no "${hello_java[@]}")")
    steward+=("$(measure yes "${steward_java[@]}")")
    cds+=("$(measure yes "${cds_java[@]}")")
    unsigned+=("$(measure yes "${unsigned_cds_java[@]}")")
    if launcher_fresh; then
        launcher+=("$(measure yes ./steward "${args[@]}")")
    fi
done

# median of column $1 (1 wall, 2 cpu) of the given "wall cpu" samples
median() {
    local col=$1
    shift
    printf '%s\n' "$@" | awk -v c="$col" '{print $c}' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'
}
walls() {
    printf '%s\n' "$@" | awk '{printf "%s ", $1}'
}

report() {
    printf '%-40s wall median %5d ms, cpu median %5d ms  [wall: %s]\n' "$1" "$(median 1 "${@:2}")" "$(median 2 "${@:2}")" "$(walls "${@:2}")"
}
echo "runs: $RUNS each, interleaved; $("$JAVA" -version 2>&1 | head -n1); load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
report "hello-world java -cp (reference):" "${hello[@]}"
report "steward safe tx-hash --json (java -cp):" "${steward[@]}"
report "same with App CDS archive:" "${cds[@]}"
report "App CDS + bcprov signature stripped:" "${unsigned[@]}"
h=$(median 1 "${hello[@]}") s=$(median 1 "${steward[@]}") c=$(median 1 "${cds[@]}") u=$(median 1 "${unsigned[@]}")
if (( ${#launcher[@]} > 0 )); then
    report "./steward safe tx-hash --json:" "${launcher[@]}"
    echo "(launcher: ${#launcher[@]} runs while no rebuild was due)"
    l=$(median 1 "${launcher[@]}")
else
    l=$s
    echo "./steward launcher not measured: sources are newer than app/target/steward-app.jar, so it would rebuild first"
fi
awk -v s="$s" -v h="$h" -v c="$c" -v u="$u" 'BEGIN { printf "ratio to hello (wall): steward %.1fx, with App CDS %.1fx, App CDS + unsigned bcprov %.1fx\n", s / h, c / h, u / h }'
if (( l < TARGET_MS )); then
    echo "target met: ${l} ms < ${TARGET_MS} ms"
else
    echo "target missed: ${l} ms >= ${TARGET_MS} ms"
fi
