#!/usr/bin/env bash
# The installer test (run by `mvn verify` in this module, so by ./steward test and CI): build the
# .deb, unpack it into a scratch root as dpkg would install it, check what it installs, then start the
# installed launcher under Xvfb and wait for the main window's first frame. Fails, never skips.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fail() { echo "install test: $*" >&2; exit 1; }
for tool in jpackage jlink dpkg-deb fakeroot xvfb-run; do
  command -v "$tool" >/dev/null || fail "$tool is missing: the installer cannot be built or started here (.ci/run installs fakeroot and xvfb; jpackage comes with the JDK)."
done

bash "$ROOT/installers/package.sh" >/dev/null
DEB=$(ls "$ROOT"/installers/target/deb/steward_*.deb)
SCRATCH=$(mktemp -d)
trap 'pkill -f "$SCRATCH/opt/steward" 2>/dev/null || true; rm -rf "$SCRATCH"' EXIT
dpkg-deb -x "$DEB" "$SCRATCH/root"
dpkg-deb -e "$DEB" "$SCRATCH/control"
APP="$SCRATCH/root/opt/steward"

[ -x "$APP/bin/steward" ] || fail "the launcher /opt/steward/bin/steward is not in the package"
[ -x "$APP/lib/runtime/bin/java" ] || fail "the bundled runtime is not in the package"
[ -f "$APP/lib/steward.png" ] || fail "the icon is not in the package"
grep -q '^Exec=/opt/steward/bin/steward' "$APP/lib/steward-steward.desktop" || fail "the desktop entry does not start the launcher"
for id in '2c97' '53c0' '53c1' '4f4a' '4f4b'; do
  grep -q "$id" "$APP/lib/udev/60-steward-hw.rules" || fail "the udev rules do not cover $id"
done
grep -q '/lib/udev/rules.d/60-steward-hw.rules' "$SCRATCH/control/postinst" || fail "the postinst does not install the udev rules"
grep -q 'xdg-desktop-menu install' "$SCRATCH/control/postinst" || fail "the postinst does not install the desktop entry"
! ls "$APP"/lib/app/{junit-,opentest4j-,apiguardian-}*.jar >/dev/null 2>&1 || fail "JUnit is in the package: test code reached the app's runtime class path"

OUT=$(JAVA_TOOL_OPTIONS="-Dsteward.startupProbe=exit -Dprism.order=sw" STEWARD_DATA_DIR="$SCRATCH/data" \
  timeout 120 xvfb-run -a "$APP/bin/steward" 2>&1) || true
grep -q '^first-frame-ms [0-9]' <<<"$OUT" || fail "the installed launcher did not show the main window:
$OUT"
[ -f "$SCRATCH/data/steward.db" ] || fail "the installed app did not create its history file (sqlite-jdbc's native library?)"
# The package keeps only this machine's native libraries: hidapi (Ledger) and libusb (OneKey) must still load.
SCAN=$(STEWARD_DATA_DIR="$SCRATCH/data" timeout 60 "$APP/bin/steward" device list 2>&1) || fail "the installed 'steward device list' failed:
$SCAN"
if grep -q 'could not be loaded' <<<"$SCAN"; then
  fail "a USB library does not load in the installed app:
$SCAN"
fi

# The installed app simulates with its bundled anvil: a devnet from the checkout (the installed
# launcher's own `devnet up`, pointed at the checkout's contracts), then the installed
# `steward simulate safe-tx` run from a folder outside the checkout and without -Dsteward.home,
# so only the bundled lib/anvil/anvil can serve it.
[ -x "$APP/lib/anvil/anvil" ] || fail "anvil is not bundled at /opt/steward/lib/anvil/anvil"
JAVA_TOOL_OPTIONS="-Dsteward.home=$ROOT" STEWARD_DATA_DIR="$SCRATCH/data" "$APP/bin/steward" devnet up --port 0 --block-time 0 \
  >"$SCRATCH/devnet.out" 2>"$SCRATCH/devnet.err" &
DEVNET=$!
for _ in $(seq 120); do grep -q '"rpcUrl"' "$SCRATCH/devnet.out" 2>/dev/null && break; sleep 0.5; done
DESCRIPTION=$(head -1 "$SCRATCH/devnet.out")
RPC=$(grep -o '"rpcUrl":"[^"]*"' <<<"$DESCRIPTION" | cut -d'"' -f4)
SAFE=$(grep -o '"safe":"0x[0-9a-fA-F]*"' <<<"$DESCRIPTION" | cut -d'"' -f4)
TOKEN=$(grep -o '"token":"0x[0-9a-fA-F]*"' <<<"$DESCRIPTION" | cut -d'"' -f4)
[ -n "$RPC" ] && [ -n "$SAFE" ] && [ -n "$TOKEN" ] || { kill "$DEVNET" 2>/dev/null; fail "the installed 'steward devnet up' did not describe a devnet:
$(cat "$SCRATCH/devnet.out" "$SCRATCH/devnet.err")"; }
# transfer(0x…c0ffee, 1 STW) from the Safe, not signed by anyone.
DATA="0xa9059cbb$(printf '%064x' 0xc0ffee)$(printf '%064x' 1000000000000000000)"
SIM=$(cd "$SCRATCH" && STEWARD_DATA_DIR="$SCRATCH/data" timeout 120 "$APP/bin/steward" simulate safe-tx --rpc "$RPC" --safe "$SAFE" \
  --to "$TOKEN" --data "$DATA" --json 2>&1) || { kill "$DEVNET" 2>/dev/null; fail "the installed 'steward simulate safe-tx' failed:
$SIM"; }
kill "$DEVNET" 2>/dev/null || true
wait "$DEVNET" 2>/dev/null || true
LAST=$(tail -1 <<<"$SIM")
grep -q '"success":true' <<<"$LAST" && grep -q '"symbol":"STW"' <<<"$LAST" && grep -q '"delta":"1000000000000000000"' <<<"$LAST" \
  || fail "the installed app's simulation did not report the transfer:
$SIM"

sleep 1
if pgrep -f "$APP/lib/runtime" >/dev/null || pgrep -f "$APP/lib/anvil" >/dev/null; then
  fail "the installed app left a process running after it exited"
fi
echo "install test: $(basename "$DEB") ($(du -h "$DEB" | cut -f1)) installs the launcher, runtime, bundled anvil, desktop entry, icon and udev rules; it simulates a Safe transfer on a devnet fork; $(grep -m1 -o 'first-frame-ms [0-9]*' <<<"$OUT")"
