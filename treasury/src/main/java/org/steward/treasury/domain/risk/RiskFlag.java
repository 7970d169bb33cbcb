package org.steward.treasury.domain.risk;

/** One thing a signer must look at before signing a SafeTx, with how much it matters. */
public record RiskFlag(Code code, Severity severity, String sentence) {

    public enum Severity { HIGH, MEDIUM, INFO }

    public enum Code {
        UNTRUSTED_DELEGATECALL,
        SAFE_SETTINGS_CHANGE,
        SINGLETON_CHANGE,
        GAS_REFUND,
        DUPLICATE_NONCE,
        TARGET_WITHOUT_CODE,
        LARGE_VALUE,
        INSUFFICIENT_BALANCE,
        LOOK_ALIKE_ADDRESS,
        UNREADABLE_BATCH,
        /** The transaction reverted when run on a private fork of the chain: signing it would waste the signatures or hide a trap. */
        SIMULATION_FAILED
    }

    @Override
    public String toString() {
        return severity + ": " + sentence;
    }
}
