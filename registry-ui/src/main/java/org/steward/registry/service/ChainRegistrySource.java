package org.steward.registry.service;

import java.util.List;
import java.util.Optional;
import org.steward.core.chain.ChainConnection;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.Network;
import org.steward.core.task.Progress;
import org.steward.core.token.TokenInfo;
import org.steward.core.token.TokenInfos;
import org.steward.registry.domain.ModelView;
import org.steward.simulation.ChainSession;

/**
 * The registry screen's data from the history file and the chain. The RPC is used from the first
 * refresh (in a background task), so the stored rows show even when the node is down.
 */
public final class ChainRegistrySource implements RegistrySource, AutoCloseable {

    private final ChainConnection chain;
    private final Network network;
    private final HistoryStore history;
    private final Address registry;
    /** The connection this source opened itself and so closes; null when it uses the profile's. */
    private final ChainConnection own;
    /** Read once per chain and token, then from the history file. */
    private final TokenInfos tokens;
    private volatile TokenInfo tokenInfo;

    /** @param session the profile's chain, whose connection and token facts its other screens share (not closed here) */
    public ChainRegistrySource(ChainSession session, HistoryStore history, Address registry) {
        this(session.connection(), false, history, registry, session.tokens(history));
    }

    /** A source on a connection of its own, closed with it: a test. */
    public ChainRegistrySource(Network network, HistoryStore history, Address registry) {
        this(new ChainConnection(network), true, history, registry, null);
    }

    private ChainRegistrySource(ChainConnection chain, boolean owned, HistoryStore history, Address registry, TokenInfos shared) {
        this.chain = chain;
        this.network = chain.network();
        this.history = history;
        this.registry = registry;
        this.own = owned ? chain : null;
        this.tokens = shared != null ? shared : TokenInfos.over(chain, history);
    }

    @Override
    public List<ModelView> cachedRows(long now) {
        return RegistrySync.cachedRows(new RegistryEventStore(history, network.chainId(), registry), now);
    }

    @Override
    public synchronized RegistrySync.Snapshot refresh(Progress progress) {
        RegistryIndexer.Settings settings = RegistryIndexer.Settings.forNetwork(network.logReading());
        return chain.use(client -> {
            RegistrySync.Snapshot snapshot = new RegistrySync(client, history, registry, settings).refresh(progress);
            // One call per refresh at most, for the token's address; its symbol and decimals come from the history file after the first.
            tokenInfo = tokens.of(new RegistryReader(client, registry).token());
            return snapshot;
        });
    }

    @Override
    public Optional<TokenInfo> tokenInfo() {
        return Optional.ofNullable(tokenInfo);
    }

    /** Closes the connection only when this source opened it. */
    @Override
    public void close() {
        if (own != null) {
            own.close();
        }
    }
}
