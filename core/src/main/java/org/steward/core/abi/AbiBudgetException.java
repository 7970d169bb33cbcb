package org.steward.core.abi;

/**
 * Call data that would decode into more than its own size or deeper than any real call: a hostile
 * encoding, refused with the limit it hit instead of being expanded into memory.
 */
public final class AbiBudgetException extends AbiException {

    private AbiBudgetException(String message) {
        super(message);
    }

    static AbiBudgetException of(String why) {
        return new AbiBudgetException("The call data is too large to preview (" + why
                + "): do not sign it; ask its author for the exact transaction.");
    }
}
