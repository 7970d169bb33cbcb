package org.steward.app.shell;

import java.util.concurrent.atomic.AtomicReference;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainException;
import org.steward.core.net.Network;

/**
 * Reads the block number through a {@link ChainClient}, connecting (and so checking the chain
 * id) on first use and again after any failure, so a restarted node or a fixed network is picked
 * up by the next poll.
 */
public final class ChainBlockSource implements BlockSource, AutoCloseable {

    private final Network network;
    private final AtomicReference<ChainClient> client = new AtomicReference<>();

    public ChainBlockSource(Network network) {
        this.network = network;
    }

    @Override
    public long latestBlock() {
        ChainClient c = client.get();
        if (c == null) {
            c = ChainClient.connect(network);
            client.set(c);
        }
        try {
            return c.blockNumber().longValueExact();
        } catch (ChainException e) {
            dropClient(c);
            throw e;
        }
    }

    private void dropClient(ChainClient c) {
        if (client.compareAndSet(c, null)) {
            c.close();
        }
    }

    /** Does not wait for a call in flight: that call fails on its own and its client is dropped. */
    @Override
    public void close() {
        ChainClient c = client.getAndSet(null);
        if (c != null) {
            c.close();
        }
    }
}
