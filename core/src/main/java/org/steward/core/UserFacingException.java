package org.steward.core;

/**
 * A failure a person must understand and act on. The message is one plain sentence that says
 * what happened and what to do next; it is shown as is, never with a stack trace.
 */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
