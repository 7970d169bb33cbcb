package org.steward.app.devices;

import java.util.List;
import org.steward.core.sign.Signer;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.ledger.LedgerSigner;
import org.steward.wallet.sim.SimulatedLedger;
import org.steward.wallet.sim.SimulatedOneKey;
import org.steward.wallet.trezor.OneKeySigner;
import org.steward.wallet.sim.SimulatedSeed;
import org.steward.wallet.usb.DetectedDevice;
import org.steward.wallet.usb.DeviceDiscovery;
import org.steward.wallet.usb.DeviceKind;

/**
 * The demo's devices: a simulated Ledger and a simulated OneKey on the demo mnemonic, always
 * present, flagged simulated so every screen labels them "simulated device". The USB ids are the
 * ones the real models enumerate with, so they read like the devices they stand in for.
 */
public final class SimulatedDeviceCatalog implements DeviceCatalog {

    public static final DetectedDevice LEDGER = new DetectedDevice(DeviceKind.LEDGER, "Ledger Nano X", 0x2C97, 0x4015, "sim:ledger", true);
    public static final DetectedDevice ONEKEY = new DetectedDevice(DeviceKind.ONEKEY, "OneKey Classic 1S", 0x1209, 0x53C1, "sim:onekey", true);

    private final SimulatedSeed seed;
    private final java.util.Map<DeviceKind, org.steward.wallet.sim.SimulatedScreens> screens = new java.util.concurrent.ConcurrentHashMap<>();

    public SimulatedDeviceCatalog(SimulatedSeed seed) {
        this.seed = seed;
    }

    /** On the demo mnemonic, whose first BIP-44 account is anvil's first dev account. */
    public static SimulatedDeviceCatalog demo() {
        return new SimulatedDeviceCatalog(SimulatedSeed.demo());
    }

    @Override
    public DeviceDiscovery.Scan scan() {
        return new DeviceDiscovery.Scan(List.of(LEDGER, ONEKEY), List.of());
    }

    @Override
    public Signer open(DetectedDevice device) {
        return switch (device.kind()) {
            case LEDGER -> {
                SimulatedLedger ledger = new SimulatedLedger(seed, new SimulatedBehaviour());
                screens.put(DeviceKind.LEDGER, ledger.screens());
                yield new LedgerSigner(SimulatedLedger.LABEL, true, ledger);
            }
            case ONEKEY -> {
                SimulatedOneKey oneKey = new SimulatedOneKey(seed, new SimulatedBehaviour());
                screens.put(DeviceKind.ONEKEY, oneKey.screens());
                yield new OneKeySigner(SimulatedOneKey.LABEL, true, oneKey);
            }
        };
    }

    /** What the last opened simulated device of this kind has shown on its screen, so tests can hold a preview against it. */
    public org.steward.wallet.sim.SimulatedScreens screens(DeviceKind kind) {
        return screens.getOrDefault(kind, new org.steward.wallet.sim.SimulatedScreens());
    }

    @Override
    public void pause() {
        // Simulators are not on a bus, so there is no scan to disturb them.
    }

    @Override
    public void resume() {
        // See pause().
    }
}
