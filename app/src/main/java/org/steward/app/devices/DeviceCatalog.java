package org.steward.app.devices;

import org.steward.core.sign.Signer;
import org.steward.wallet.DeviceWorker;
import org.steward.wallet.usb.DetectedDevice;
import org.steward.wallet.usb.DeviceDiscovery;

/**
 * The devices the app can sign with: real ones on USB, or the demo's simulators. Both calls block
 * (they enumerate or open USB devices), so they run in background tasks; scanning pauses while a
 * device shows a prompt.
 */
public interface DeviceCatalog extends DeviceWorker.ScanPause {

    /** The devices present now, and a sentence for each family that could not be scanned. */
    DeviceDiscovery.Scan scan();

    Signer open(DetectedDevice device);
}
