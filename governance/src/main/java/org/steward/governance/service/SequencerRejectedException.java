package org.steward.governance.service;

import org.steward.core.UserFacingException;

/**
 * The sequencer refused a message. {@code errorDescription} is its own words ("wrong timestamp",
 * "no voting power"...), kept verbatim because they are what Snapshot's docs and forums use.
 */
public final class SequencerRejectedException extends UserFacingException {

    private final int status;
    private final String error;
    private final String errorDescription;

    public SequencerRejectedException(int status, String error, String errorDescription) {
        super("The Snapshot sequencer refused the vote: " + errorDescription);
        this.status = status;
        this.error = error;
        this.errorDescription = errorDescription;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String errorDescription() {
        return errorDescription;
    }
}
