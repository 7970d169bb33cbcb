package org.steward.wallet.sim;

/** Fixture: a simulator. */
public final class FixtureSimulatedLedger {

    public byte[] answer() {
        return new byte[] {(byte) 0x90, 0x00};
    }
}
