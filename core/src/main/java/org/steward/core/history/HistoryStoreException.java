package org.steward.core.history;

import org.steward.core.UserFacingException;

/** The history file cannot be used as it is; the message names the file and what to do. */
public final class HistoryStoreException extends UserFacingException {

    public HistoryStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public HistoryStoreException(String message) {
        super(message);
    }
}
