package org.steward.core.chain.logs;

import org.steward.core.chain.ChainException;

/** The node refused an eth_getLogs range (too many results, range too wide, response too big): ask for less. */
public final class LogRangeTooLargeException extends ChainException {

    public LogRangeTooLargeException(String message) {
        super(message);
    }
}
