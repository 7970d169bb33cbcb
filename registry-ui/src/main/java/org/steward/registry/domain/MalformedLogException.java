package org.steward.registry.domain;

import org.steward.core.chain.logs.RawLog;

/** A log whose topic says it is a known event but whose body does not fit its ABI: the address is not the contract expected. */
public final class MalformedLogException extends IllegalArgumentException {

    public MalformedLogException(RawLog log, String what) {
        super("log " + log.meta().logIndex() + " of block " + log.meta().block() + " from " + log.meta().contract()
                + " does not fit its event (" + what + ")");
    }
}
