package org.steward.simulation;

import java.util.IdentityHashMap;
import java.util.Map;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainConnection;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.Network;
import org.steward.core.token.TokenInfos;

/**
 * One chain as its users share it: the connection (opened on first use, reconnected after a
 * failure) and the simulator forking it (its anvil started on first use). The app holds one per
 * profile, so all screens of a profile share one connection and at most one fork; a command or a
 * test opens its own. Thread-safe; both parts block on first use, so use them from background tasks.
 */
public final class ChainSession implements AutoCloseable {

    private final ChainConnection chain;
    private Simulator simulator;
    /** One per history file: every screen and desk of a profile shares what it learnt of a token. */
    private final Map<HistoryStore, TokenInfos> tokens = new IdentityHashMap<>();

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

    /** Token facts on this chain, read once and kept in {@code history}; the same instance for every caller with that history. */
    public synchronized TokenInfos tokens(HistoryStore history) {
        return tokens.computeIfAbsent(history, h -> TokenInfos.over(chain, h));
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
