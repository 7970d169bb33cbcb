package org.steward.treasury.domain;

import org.steward.core.UserFacingException;

/** A Safe transaction field, version or signature that cannot be what the user meant. */
public class SafeInputException extends UserFacingException {

    public SafeInputException(String message) {
        super(message);
    }

    public SafeInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
