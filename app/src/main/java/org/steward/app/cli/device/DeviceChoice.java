package org.steward.app.cli.device;

import org.steward.core.sign.Signer;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;
import org.steward.wallet.usb.DeviceDiscovery;

/** The values of {@code --device}: a real device found on USB, or a simulator with a mnemonic. */
enum DeviceChoice {
    LEDGER("ledger"),
    ONEKEY("onekey"),
    SIM_LEDGER("sim-ledger"),
    SIM_ONEKEY("sim-onekey");

    private final String cli;

    DeviceChoice(String cli) {
        this.cli = cli;
    }

    static DeviceChoice parse(String value) {
        for (DeviceChoice c : values()) {
            if (c.cli.equals(value)) {
                return c;
            }
        }
        throw new IllegalArgumentException("--device must be one of ledger, onekey, sim-ledger, sim-onekey, not \"" + value + "\".");
    }

    Signer open(DeviceDiscovery discovery, String simMnemonic) {
        return switch (this) {
            case LEDGER -> discovery.openLedger();
            case ONEKEY -> discovery.openOneKey();
            case SIM_LEDGER -> SimulatedDevices.ledger(new SimulatedSeed(simMnemonic, ""), new SimulatedBehaviour());
            case SIM_ONEKEY -> SimulatedDevices.oneKey(new SimulatedSeed(simMnemonic, ""), new SimulatedBehaviour());
        };
    }

    @Override
    public String toString() {
        return cli;
    }
}
