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

    /**
     * The one sentence a person sees for {@code failure}: that of the first UserFacingException (or
     * cancellation with a message) in the cause chain; otherwise a sentence that names the
     * unexpected error so it can be reported.
     */
    public static String sentenceOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserFacingException) {
                return t.getMessage();
            }
            if (t instanceof java.util.concurrent.CancellationException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return "Something unexpected went wrong (" + failure + "): please report it with what you were doing.";
    }
}
