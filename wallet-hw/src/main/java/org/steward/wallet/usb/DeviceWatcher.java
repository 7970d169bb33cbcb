package org.steward.wallet.usb;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Hot-plug by polling the scanner: reports devices that arrive and leave. Scanning pauses while
 * a prompt is open on a device (enumeration can disturb a device mid-exchange), and a device that
 * vanishes is only reported gone if it has not come back within the grace period, because a
 * Ledger opening or closing an app re-enumerates with another product id.
 */
public final class DeviceWatcher {

    /** What changed since the previous poll. */
    public record Changes(List<DetectedDevice> arrived, List<DetectedDevice> left) {

        public boolean isEmpty() {
            return arrived.isEmpty() && left.isEmpty();
        }
    }

    public static final Duration REATTACH_GRACE = Duration.ofSeconds(5);

    private final Supplier<List<DetectedDevice>> scanner;
    private final LongSupplier nanoClock;
    private final Map<String, DetectedDevice> present = new LinkedHashMap<>();
    private final Map<String, Long> missingSince = new LinkedHashMap<>();
    private int pauses;

    public DeviceWatcher(Supplier<List<DetectedDevice>> scanner, LongSupplier nanoClock) {
        this.scanner = scanner;
        this.nanoClock = nanoClock;
    }

    public synchronized void pause() {
        pauses++;
    }

    public synchronized void resume() {
        pauses = Math.max(0, pauses - 1);
    }

    public synchronized List<DetectedDevice> present() {
        return List.copyOf(present.values());
    }

    /** One scan, unless paused; call it from the watcher's single scheduled thread. */
    public synchronized Changes poll() {
        if (pauses > 0) {
            return new Changes(List.of(), List.of());
        }
        long now = nanoClock.getAsLong();
        Map<String, DetectedDevice> seen = new LinkedHashMap<>();
        for (DetectedDevice d : scanner.get()) {
            seen.put(d.key(), d);
        }
        List<DetectedDevice> arrived = new ArrayList<>();
        for (DetectedDevice d : seen.values()) {
            missingSince.remove(d.key());
            if (present.put(d.key(), d) == null) {
                arrived.add(d);
            }
        }
        List<DetectedDevice> left = new ArrayList<>();
        for (DetectedDevice d : List.copyOf(present.values())) {
            if (seen.containsKey(d.key())) {
                continue;
            }
            long since = missingSince.computeIfAbsent(d.key(), k -> now);
            if (now - since >= REATTACH_GRACE.toNanos()) {
                present.remove(d.key());
                missingSince.remove(d.key());
                left.add(d);
            }
        }
        return new Changes(arrived, left);
    }
}
