package org.steward.core.chain.logs;

import org.steward.core.chain.ChainException;

/**
 * A decoder's named refusal of one log: its topic says it is a known event, but its topics or body
 * do not fit. Readers of a list catch it and keep the log as an {@link UnreadableLog}, so the others
 * still show.
 */
public final class LogRejectedException extends ChainException {

    private final transient UnreadableLog unreadable;

    public LogRejectedException(RawLog log, String what, String reason, Throwable cause) {
        super("The " + what + " log at block " + log.meta().block() + " index " + log.meta().logIndex() + " does not fit its event ("
                + reason + "): is this address really the " + what + ", and the RPC honest?", cause);
        this.unreadable = new UnreadableLog(log.meta(), reason);
    }

    public UnreadableLog unreadable() {
        return unreadable;
    }
}
