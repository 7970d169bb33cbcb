package org.steward.core.chain;

import org.steward.core.UserFacingException;

/** The chain could not be reached or answered something Steward cannot use. */
public class ChainException extends UserFacingException {

    public ChainException(String message) {
        super(message);
    }

    public ChainException(String message, Throwable cause) {
        super(message, cause);
    }
}
