package org.steward.app.shell;

import org.steward.core.chain.ChainConnection;

/**
 * Reads the block number on the profile's connection, which connects (and so checks the chain
 * id) on first use and again after any failure, so a restarted node or a fixed network is picked
 * up by the next poll.
 */
public final class ChainBlockSource implements BlockSource {

    private final ChainConnection chain;

    public ChainBlockSource(ChainConnection chain) {
        this.chain = chain;
    }

    @Override
    public long latestBlock() {
        return chain.use(c -> c.blockNumber().longValueExact());
    }
}
