package org.steward.app.devices;

import java.util.function.Consumer;

/**
 * The demo's device line: the simulators never come or go, so the line is known at once and
 * never changes, and no scan thread runs. It names them as simulated devices.
 */
public final class SimulatedDeviceSource implements DeviceSource {

    private final String line;

    public SimulatedDeviceSource(SimulatedDeviceCatalog catalog) {
        this.line = DeviceLine.describe(catalog.scan());
    }

    @Override
    public Subscription watch(Consumer<String> listener) {
        listener.accept(line);
        return () -> { };
    }
}
