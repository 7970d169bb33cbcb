package org.steward.core.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.steward.core.net.Network;

/**
 * A profile's one connection to its chain, shared by every screen and reader of the profile:
 * opened on first use (which checks the chain id), dropped after a failed call so the next use
 * connects again (the node may have restarted or the fallback RPC may answer), closed with the
 * profile. Thread-safe; connecting blocks, so use it from background tasks.
 */
public final class ChainConnection implements Supplier<ChainClient>, AutoCloseable {

    private final Network network;
    private ChainClient client;
    /** Dropped clients: a call in flight on another thread may still use one, so they close with the profile. */
    private final List<ChainClient> dropped = new ArrayList<>();
    private boolean closed;

    public ChainConnection(Network network) {
        this.network = network;
    }

    public Network network() {
        return network;
    }

    /** The connected client, connecting first when there is none. */
    @Override
    public synchronized ChainClient get() {
        if (closed) {
            throw new ChainException("The connection to " + network.name() + " was closed with its profile; reopen the profile.");
        }
        if (client == null) {
            client = ChainClient.connect(network);
        }
        return client;
    }

    /** Runs {@code call} on the client; a chain failure drops the client so the next call reconnects. */
    public <T> T use(Function<ChainClient, T> call) {
        ChainClient c = get();
        try {
            return call.apply(c);
        } catch (ChainException e) {
            drop(c);
            throw e;
        }
    }

    /** Forgets {@code failed} if it is still the current client. */
    public synchronized void drop(ChainClient failed) {
        if (client == failed) {
            client = null;
            dropped.add(failed);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (client != null) {
            dropped.add(client);
            client = null;
        }
        dropped.forEach(ChainClient::close);
        dropped.clear();
    }
}
