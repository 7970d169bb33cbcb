#!/usr/bin/env bash
# Signing an EIP-1559 transaction with 10 kB of calldata through each device simulator (the real
# host code over the same wire bytes a device gets): packets exchanged against the fewest the
# framing allows for the same messages (target ratio 1.0), and host-side time per packet.
# Builds nothing with Maven: it needs app/target/steward-app.jar + app/target/lib (./steward
# builds them) and compiles its two bench classes against exactly those jars.
#   RUNS=50 (default)   JAVA=java
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-50}
JAVA=${JAVA:-java}

if [[ -d bench/target/lib && -f bench/target/classes/org/steward/bench/device/DeviceSigningBench.class ]]; then
    cp="bench/target/classes:bench/target/lib/*"
elif [[ -f app/target/steward-app.jar && -d app/target/lib ]]; then
    classes=bench/target/device-classes
    mkdir -p "$classes"
    javac -nowarn -d "$classes" -cp "app/target/steward-app.jar:app/target/lib/*" bench/src/main/java/org/steward/bench/device/*.java
    cp="$classes:app/target/steward-app.jar:app/target/lib/*"
else
    echo "device-signing: app/target/steward-app.jar is missing; run ./steward --help once to build it." >&2
    exit 1
fi

"$JAVA" -cp "$cp" org.steward.bench.device.DeviceSigningBench "$RUNS"
