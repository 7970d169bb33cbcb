package org.steward.app.devices;

import java.util.List;
import org.steward.core.sign.Signer;
import org.steward.wallet.usb.DetectedDevice;
import org.steward.wallet.usb.DeviceDiscovery;
import org.steward.wallet.usb.DeviceWatcher;

/**
 * Ledgers and OneKeys on this computer's USB bus. Scans go through one {@link DeviceWatcher}, so
 * a Ledger that re-enumerates while switching apps stays listed, and no scan runs while a prompt
 * is open on a device.
 */
public final class UsbDeviceCatalog implements DeviceCatalog, AutoCloseable {

    private final DeviceDiscovery discovery;
    private final DeviceWatcher watcher;
    private volatile List<String> problems = List.of();

    public UsbDeviceCatalog(DeviceDiscovery discovery) {
        this.discovery = discovery;
        this.watcher = new DeviceWatcher(this::scanBus, System::nanoTime);
    }

    private List<DetectedDevice> scanBus() {
        DeviceDiscovery.Scan scan = discovery.scanAll();
        problems = scan.problems();
        return scan.devices();
    }

    @Override
    public DeviceDiscovery.Scan scan() {
        watcher.poll();
        return new DeviceDiscovery.Scan(watcher.present(), problems);
    }

    @Override
    public Signer open(DetectedDevice device) {
        return switch (device.kind()) {
            case LEDGER -> discovery.openLedger();
            case ONEKEY -> discovery.openOneKey();
        };
    }

    @Override
    public void pause() {
        watcher.pause();
    }

    @Override
    public void resume() {
        watcher.resume();
    }

    @Override
    public void close() {
        discovery.close();
    }
}
