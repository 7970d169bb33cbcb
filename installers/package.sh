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
[ -f "$ROOT/app/target/steward-app.jar" ] || { echo "package: app/target/steward-app.jar is missing: build first (./steward --help builds)." >&2; exit 1; }

# A desktop app, not a server: the serial collector, C1 only and a bounded heap keep its resident memory low
# (bench/installed-app.sh measures it); 256 MB of heap holds the 100,000-proposal list (87 MB) with room.
JAVA_OPTIONS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx256m -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=160m -Xss512k"

# jpackage wants a plain numeric version: 0.1.0-SNAPSHOT packages as 0.1.0.
VERSION=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
rm -rf "$OUT/input" "$OUT/runtime" "$OUT/app-image" "$OUT/deb"
mkdir -p "$OUT/input" "$OUT/app-image" "$OUT/deb"
cp "$ROOT/app/target/steward-app.jar" "$ROOT"/app/target/lib/*.jar "$OUT/input/"

# The app runs on the class path (JavaFX included, as Maven ships it), so the runtime needs only JDK modules.
MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.crypto.ec,jdk.httpserver,jdk.jfr,jdk.unsupported,jdk.zipfs,jdk.localedata
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$OUT/runtime"

jpackage --type app-image --name steward --app-version "$VERSION" --vendor "Steward" \
  --input "$OUT/input" --main-jar steward-app.jar --main-class org.steward.app.Main --arguments gui \
  --java-options "$JAVA_OPTIONS" --runtime-image "$OUT/runtime" --icon "$ROOT/installers/linux/steward.png" --dest "$OUT/app-image"
install -D -m 0644 "$ROOT/installers/linux/60-steward-hw.rules" "$OUT/app-image/steward/lib/udev/60-steward-hw.rules"

jpackage --type deb --app-image "$OUT/app-image/steward" --name steward --app-version "$VERSION" --vendor "Steward" \
  --description "Desktop app for running a DAO: Snapshot and Governor votes, Safe treasury, model registry; signs on Ledger and OneKey." \
  --linux-package-name steward --linux-shortcut --linux-menu-group "Office;Finance" --linux-app-category utils \
  --icon "$ROOT/installers/linux/steward.png" --resource-dir "$ROOT/installers/linux/deb" --dest "$OUT/deb"
ls -la "$OUT/deb"/*.deb
