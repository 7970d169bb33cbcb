package org.steward.ui;

import java.util.concurrent.CancellationException;
import org.steward.core.UserFacingException;

/** The one sentence a person sees for a failure. */
public final class UserMessages {

    private UserMessages() {
    }

    /**
     * The sentence of the first {@link UserFacingException} in the cause chain; otherwise a
     * sentence that names the unexpected error so it can be reported.
     */
    public static String sentence(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserFacingException) {
                return t.getMessage();
            }
            if (t instanceof CancellationException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return "Something unexpected went wrong (" + failure + "): please report it with what you were doing.";
    }
}
