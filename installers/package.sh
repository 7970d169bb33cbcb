#!/usr/bin/env bash
# Builds Steward's Linux packages into installers/target: a jlink runtime, a jpackage app-image
# (launcher "steward" opening the GUI, icon, udev rules inside) and a .deb that installs the app
# under /opt/steward, a desktop entry, and the udev rules into /lib/udev/rules.d.
# Called by `./steward package` after the build. Needs a JDK with jlink and jpackage, and fakeroot.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/installers/target"
for tool in jlink jpackage; do
  command -v "$tool" >/dev/null || { echo "package: $tool was not found: install a full JDK 17+ (not a JRE)." >&2; exit 1; }
done
command -v fakeroot >/dev/null || { echo "package: fakeroot was not found: apt install fakeroot (jpackage needs it to build a .deb)." >&2; exit 1; }
for tool in zip unzip; do
  command -v "$tool" >/dev/null || { echo "package: $tool was not found: apt install zip unzip (the package keeps only this machine's native libraries)." >&2; exit 1; }
done
[ -f "$ROOT/app/target/steward-app.jar" ] || { echo "package: app/target/steward-app.jar is missing: build first (./steward --help builds)." >&2; exit 1; }

# A desktop app, not a server: the serial collector, C1 only and a bounded heap keep its resident memory low
# (bench/installed-app.sh measures it); 256 MB of heap holds the 100,000-proposal list (87 MB) with room.
# A small initial heap: the default (1/64 of RAM) commits the whole 256 MB at start on a 16 GB machine,
# and the young generation sized from it touches ~80 MB the app never needed (measured: 402 -> 372 MB).
# The options live in app/java-options so that ./steward runs the repository's app with the same ones.
JAVA_OPTIONS="$(tr -s '[:space:]' ' ' < "$ROOT/app/java-options" | sed 's/ *$//')"

# jpackage wants a plain numeric version: 0.1.0-SNAPSHOT packages as 0.1.0.
VERSION=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
rm -rf "$OUT/input" "$OUT/runtime" "$OUT/app-image" "$OUT/deb"
mkdir -p "$OUT/input" "$OUT/app-image" "$OUT/deb"
cp "$ROOT/app/target/steward-app.jar" "$ROOT"/app/target/lib/*.jar "$OUT/input/"

# A Linux package for this machine's architecture: drop the jars Steward never loads (web3j's
# Unix-socket IPC stack) and the native
# libraries built for other systems (sqlite-jdbc, JNA and hid4java carry every platform's).
case "$(uname -m)" in
  x86_64) KEEP='(^|/)(Linux/x86_64|linux-x86-64|linux-amd64)/'; USB=linux-x86-64; ANVIL_PLATFORM=linux-amd64 ;;
  aarch64) KEEP='(^|/)(Linux/aarch64|linux-aarch64)/'; USB=linux-aarch64; ANVIL_PLATFORM=linux-arm64 ;;
  *) echo "package: $(uname -m) is not a packaged architecture (x86_64, aarch64)." >&2; exit 1 ;;
esac
rm -f "$OUT"/input/{jnr-,jffi-}*.jar
find "$OUT/input" -name 'libusb4java-*.jar' ! -name "libusb4java-*-$USB.jar" -delete
for jar in "$OUT"/input/{sqlite-jdbc,jna,hid4java}-*.jar; do
  other=$(unzip -Z1 "$jar" | grep -E '\.(so|dll|dylib|jnilib|a)$' | grep -Ev "$KEEP" || true)
  [ -z "$other" ] || zip -q -d "$jar" $other >/dev/null
  unzip -Z1 "$jar" | grep -E "$KEEP" >/dev/null || { echo "package: $(basename "$jar") has no native library for $(uname -m)." >&2; exit 1; }
done

# The app runs on the class path (JavaFX included, as Maven ships it), so the runtime needs only JDK modules.
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.jfr,jdk.unsupported,jdk.zipfs,jdk.localedata
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$OUT/runtime"

jpackage --type app-image --name steward --app-version "$VERSION" --vendor "Steward" \
  --input "$OUT/input" --main-jar steward-app.jar --main-class org.steward.app.Main --arguments gui \
  --java-options "$JAVA_OPTIONS" --runtime-image "$OUT/runtime" --icon "$ROOT/installers/linux/steward.png" --dest "$OUT/app-image"
install -D -m 0644 "$ROOT/installers/linux/60-steward-hw.rules" "$OUT/app-image/steward/lib/udev/60-steward-hw.rules"
# Simulation forks the user's chain with anvil: the native binary npm installed for this platform
# goes in as lib/anvil/anvil, where the installed app looks first (no Node needed at run time).
ANVIL="$ROOT/contracts/node_modules/@foundry-rs/anvil-$ANVIL_PLATFORM/bin/anvil"
[ -x "$ANVIL" ] || { echo "package: $ANVIL is missing: run 'npm ci' in contracts/ (the build does) so the package can bundle anvil." >&2; exit 1; }
install -D -m 0755 "$ANVIL" "$OUT/app-image/steward/lib/anvil/anvil"

jpackage --type deb --app-image "$OUT/app-image/steward" --name steward --app-version "$VERSION" --vendor "Steward" \
  --description "Desktop app for running a DAO: Snapshot and Governor votes, Safe treasury, model registry; signs on Ledger and OneKey." \
  --linux-package-name steward --linux-shortcut --linux-menu-group "Office;Finance" --linux-app-category utils \
  --icon "$ROOT/installers/linux/steward.png" --resource-dir "$ROOT/installers/linux/deb" --dest "$OUT/deb"
ls -la "$OUT/deb"/*.deb
