package org.steward.wallet.sim;

import java.util.function.BiFunction;
import org.steward.core.sign.Signer;

/** The two simulators as test parameters: the same inputs must give the same outputs through both. */
enum Simulators {
    LEDGER(SimulatedDevices::ledger),
    ONEKEY(SimulatedDevices::oneKey);

    private final BiFunction<SimulatedSeed, SimulatedBehaviour, Signer> factory;

    Simulators(BiFunction<SimulatedSeed, SimulatedBehaviour, Signer> factory) {
        this.factory = factory;
    }

    Signer open(String mnemonic, SimulatedBehaviour behaviour) {
        return factory.apply(new SimulatedSeed(mnemonic, ""), behaviour);
    }

    Signer open(String mnemonic) {
        return open(mnemonic, new SimulatedBehaviour());
    }
}
