package org.steward.wallet;

import org.steward.core.sign.Signer;
import org.steward.wallet.usb.DetectedDevice;
import org.steward.wallet.usb.DeviceDiscovery;

/**
 * Where devices come from: the USB bus, or the demo's simulators. Only {@link DeviceSessions}
 * calls it, so that a device is opened once however many screens use it. Both calls block.
 */
public interface DeviceBus extends DeviceWorker.ScanPause {

    /** The devices present now, and a sentence for each family that could not be scanned. */
    DeviceDiscovery.Scan scan();

    /** A new connection to {@code device}; the caller owns it. */
    Signer open(DetectedDevice device);
}
