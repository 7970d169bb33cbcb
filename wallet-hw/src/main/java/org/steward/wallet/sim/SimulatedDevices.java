package org.steward.wallet.sim;

import org.steward.wallet.ledger.LedgerSigner;
import org.steward.wallet.trezor.OneKeySigner;

/** Signers backed by the simulators: the real host code talking to simulated device firmware. */
public final class SimulatedDevices {

    private SimulatedDevices() {
    }

    public static LedgerSigner ledger(SimulatedSeed seed, SimulatedBehaviour behaviour) {
        return new LedgerSigner(SimulatedLedger.LABEL, true, new SimulatedLedger(seed, behaviour));
    }

    /** A simulated Ledger of another model than the Nano X, labelled with that model. */
    public static LedgerSigner ledger(SimulatedSeed seed, SimulatedBehaviour behaviour, org.steward.core.sign.screen.DeviceModel model) {
        SimulatedLedger device = new SimulatedLedger(seed, behaviour, model);
        return new LedgerSigner(device.label(), true, device);
    }

    public static OneKeySigner oneKey(SimulatedSeed seed, SimulatedBehaviour behaviour) {
        return new OneKeySigner(SimulatedOneKey.LABEL, true, new SimulatedOneKey(seed, behaviour));
    }
}
