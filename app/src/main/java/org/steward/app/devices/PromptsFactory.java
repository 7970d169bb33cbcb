package org.steward.app.devices;

import org.steward.core.sign.DevicePrompts;
import org.steward.wallet.usb.DetectedDevice;

/** How the screen asks the person while a device works: windows in the app, a script in tests. */
@FunctionalInterface
public interface PromptsFactory {

    /** Prompts for one operation on {@code device}; {@code onCancel} stops that operation. */
    DevicePrompts forDevice(DetectedDevice device, Runnable onCancel);
}
