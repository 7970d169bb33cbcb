package org.steward.simulation;

import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainConnection;
import org.steward.core.net.Network;

/**
 * One chain as its users share it: the connection (opened on first use, reconnected after a
 * failure) and the simulator forking it (its anvil started on first use). The app holds one per
 * profile, so all screens of a profile share one connection and at most one fork; a command or a
 * test opens its own. Thread-safe; both parts block on first use, so use them from background tasks.
 */
public final class ChainSession implements AutoCloseable {

    private final ChainConnection chain;
    private Simulator simulator;

    public ChainSession(Network network) {
        this.chain = new ChainConnection(network);
    }

    public Network network() {
        return chain.network();
    }

    public ChainConnection connection() {
        return chain;
    }

    /** The connected client; see {@link ChainConnection#get()}. */
    public ChainClient client() {
        return chain.get();
    }

    /** The simulator, forking the RPC the connection is on. */
    public synchronized Simulator simulator() {
        if (simulator == null) {
            simulator = new Simulator(client().rpcUrl());
        }
        return simulator;
    }

    @Override
    public synchronized void close() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
        chain.close();
    }
}
