package org.steward.treasury.domain;

/**
 * How a Safe runs a transaction. A delegatecall runs foreign code with the Safe's own storage and
 * balance, so it can change owners or drain funds: the one field a signer must never overlook.
 */
public enum Operation {
    CALL,
    DELEGATECALL,
    /** Contract creation; only Safe 0.1.0 and 1.0.0 execute it, kept so their hashes can be reproduced. */
    CREATE;

    /** The uint8 the Safe contract hashes and executes. */
    public int code() {
        return ordinal();
    }

    public static Operation fromCode(int code) {
        if (code < 0 || code >= values().length) {
            throw new SafeInputException("operation " + code + " does not exist: use 0 for a call or 1 for a delegatecall.");
        }
        return values()[code];
    }
}
