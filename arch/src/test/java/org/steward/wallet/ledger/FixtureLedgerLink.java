package org.steward.wallet.ledger;

import org.steward.wallet.sim.FixtureSimulatedLedger;

/** Fixture: real device code that calls a simulator. */
public final class FixtureLedgerLink {

    public byte[] exchange() {
        return new FixtureSimulatedLedger().answer();
    }
}
