package org.steward.core.abi;

import org.steward.core.UserFacingException;

/** An ABI that cannot be read, an argument that does not fit its type, or call data that does not match its function. */
public class AbiException extends UserFacingException {

    public AbiException(String message) {
        super(message);
    }

    public AbiException(String message, Throwable cause) {
        super(message, cause);
    }
}
