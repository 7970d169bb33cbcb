package org.steward.registry.domain;

import org.steward.core.chain.logs.RawLog;
import org.steward.core.chain.logs.UnreadableLog;

/** A log whose topic says it is a known event but whose body does not fit its ABI: the address is not the contract expected. */
public final class MalformedLogException extends IllegalArgumentException {

    private final transient UnreadableLog unreadable;

    public MalformedLogException(RawLog log, String what) {
        super("log " + log.meta().logIndex() + " of block " + log.meta().block() + " from " + log.meta().contract()
                + " does not fit its event (" + what + ")");
        this.unreadable = new UnreadableLog(log.meta(), "it does not fit its event (" + what + ")");
    }

    /** The log as a bad item of its list: where it is and why. */
    public UnreadableLog unreadable() {
        return unreadable;
    }
}
