package org.steward.app.devices;

import java.util.function.Consumer;

/**
 * The one-line description of the connected signing device for the status bar. The device layer
 * plugs in here: its adapter reports each change (plugged, unplugged, locked) through the task
 * runner's callback thread, never directly from a USB thread.
 */
@FunctionalInterface
public interface DeviceSource {

    /** Reports the current label now and every later change until the subscription is closed. */
    Subscription watch(Consumer<String> listener);

    /** A label that never changes: what the shell shows until live discovery exists. */
    static DeviceSource fixed(String label) {
        return listener -> {
            listener.accept(label);
            return () -> { };
        };
    }

    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
