package org.steward.ui;

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
        return UserFacingException.sentenceOf(failure);
    }
}
