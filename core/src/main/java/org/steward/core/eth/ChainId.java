package org.steward.core.eth;

/** An EIP-155 chain id. */
public record ChainId(long value) {

    public ChainId {
        if (value <= 0) {
            throw new IllegalArgumentException("a chain id is a positive number, not " + value);
        }
    }

    public static ChainId of(long value) {
        return new ChainId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
