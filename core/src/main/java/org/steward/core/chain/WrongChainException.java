package org.steward.core.chain;

import java.net.URI;
import org.steward.core.eth.ChainId;

/** The RPC serves another chain than the profile expects: signing against it could replay elsewhere. */
public final class WrongChainException extends ChainException {

    private final ChainId expected;
    private final ChainId actual;

    public WrongChainException(URI rpc, ChainId expected, ChainId actual) {
        super("The RPC at " + org.steward.core.net.Redact.url(rpc) + " serves chain " + actual + " but this profile expects chain " + expected
                + ": fix the RPC URL in Settings or choose the network that matches it.");
        this.expected = expected;
        this.actual = actual;
    }

    public ChainId expected() {
        return expected;
    }

    public ChainId actual() {
        return actual;
    }
}
