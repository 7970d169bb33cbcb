package org.steward.app.shell;

import java.util.List;
import org.steward.app.devices.DeviceCatalog;
import org.steward.core.sign.Signer;
import org.steward.wallet.usb.DetectedDevice;
import org.steward.wallet.usb.DeviceDiscovery;

/** A machine with nothing plugged in: what USB discovery reports here, without touching USB. */
public final class NoDevices implements DeviceCatalog {

    @Override
    public DeviceDiscovery.Scan scan() {
        return new DeviceDiscovery.Scan(List.of(), List.of());
    }

    @Override
    public Signer open(DetectedDevice device) {
        throw new IllegalStateException("no device is connected");
    }

    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }
}
