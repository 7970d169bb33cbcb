package org.steward.treasury.domain.timelock;

/** Where an operation stands: OpenZeppelin's Waiting / Ready / Done, plus Cancelled from the logs. */
public enum TimelockState {
    WAITING("waiting"),
    READY("ready"),
    DONE("done"),
    CANCELLED("cancelled");

    private final String label;

    TimelockState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** From the logs and the operation's ETA at {@code now} (unix seconds). */
    public static TimelockState of(boolean executed, boolean cancelled, long eta, long now) {
        if (cancelled) {
            return CANCELLED;
        }
        if (executed) {
            return DONE;
        }
        return now >= eta ? READY : WAITING;
    }
}
