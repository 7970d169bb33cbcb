package org.steward.app.devices;

import java.util.List;
import java.util.stream.Collectors;
import org.steward.wallet.usb.DetectedDevice;
import org.steward.wallet.usb.DeviceDiscovery;
import org.steward.wallet.usb.DeviceKind;

/** The status bar's one line about signing devices, from a scan. */
public final class DeviceLine {

    public static final String NONE = "No device connected";

    private DeviceLine() {
    }

    /**
     * "Ledger Nano X (Ledger)", the simulators as "… (simulated device)", several devices joined;
     * with no device, why a family could not be scanned comes before "No device connected",
     * because that is what the person has to fix.
     */
    public static String describe(DeviceDiscovery.Scan scan) {
        List<DetectedDevice> devices = scan.devices();
        if (devices.isEmpty()) {
            return scan.problems().isEmpty() ? NONE : scan.problems().get(0);
        }
        if (devices.size() > 1 && devices.stream().allMatch(DetectedDevice::simulated)) {
            return devices.stream().map(DetectedDevice::model).collect(Collectors.joining(", ")) + " (simulated devices)";
        }
        return devices.stream().map(DeviceLine::one).collect(Collectors.joining(", "));
    }

    private static String one(DetectedDevice d) {
        return d.simulated() ? d.label() : d.model() + " (" + kind(d.kind()) + ")";
    }

    public static String kind(DeviceKind kind) {
        return switch (kind) {
            case LEDGER -> "Ledger";
            case ONEKEY -> "OneKey";
        };
    }
}
