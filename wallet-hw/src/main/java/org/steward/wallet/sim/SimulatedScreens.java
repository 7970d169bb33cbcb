package org.steward.wallet.sim;

import java.util.ArrayList;
import java.util.List;
import org.steward.core.sign.screen.DeviceScreen;

/**
 * What a simulated device's screen has shown: one sequence of screens per request it was asked to
 * confirm, in order, read from the bytes the simulated device received.
 */
public final class SimulatedScreens {

    private final List<List<DeviceScreen>> shown = new ArrayList<>();

    synchronized void record(List<DeviceScreen> screens) {
        if (!screens.isEmpty()) {
            shown.add(List.copyOf(screens));
        }
    }

    /** Every request's screens so far, oldest first. */
    public synchronized List<List<DeviceScreen>> all() {
        return List.copyOf(shown);
    }

    /** The screens of the latest request, or none. */
    public synchronized List<DeviceScreen> last() {
        return shown.isEmpty() ? List.of() : shown.get(shown.size() - 1);
    }
}
