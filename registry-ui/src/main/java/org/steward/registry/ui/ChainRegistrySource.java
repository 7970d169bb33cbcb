package org.steward.registry.ui;

import java.util.List;
import java.util.Optional;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.Network;
import org.steward.core.task.Progress;
import org.steward.core.token.TokenInfo;
import org.steward.core.token.TokenInfoStore;
import org.steward.core.token.TokenInfos;
import org.steward.core.token.TokenMetadataReader;
import org.steward.registry.domain.ModelView;
import org.steward.registry.service.RegistryEventStore;
import org.steward.registry.service.RegistryIndexer;
import org.steward.registry.service.RegistryReader;
import org.steward.registry.service.RegistrySync;

/**
 * The registry screen's data from the history file and the chain. The RPC is opened on the first
 * refresh (in a background task), so the stored rows show even when the node is down.
 */
public final class ChainRegistrySource implements RegistrySource, AutoCloseable {

    private final Network network;
    private final HistoryStore history;
    private final Address registry;
    private ChainClient client;
    private TokenInfos tokens;
    private volatile TokenInfo tokenInfo;

    public ChainRegistrySource(Network network, HistoryStore history, Address registry) {
        this.network = network;
        this.history = history;
        this.registry = registry;
    }

    @Override
    public List<ModelView> cachedRows(long now) {
        return RegistrySync.cachedRows(new RegistryEventStore(history, network.chainId(), registry), now);
    }

    @Override
    public synchronized RegistrySync.Snapshot refresh(Progress progress) {
        if (client == null) {
            client = ChainClient.connect(network);
        }
        RegistryIndexer.Settings settings = RegistryIndexer.Settings.forNetwork(network.local());
        RegistrySync.Snapshot snapshot = new RegistrySync(client, history, registry, settings).refresh(progress);
        if (tokens == null) {
            ChainClient c = client;
            tokens = new TokenInfos(network.chainId(), Optional.of(new TokenInfoStore(history)), t -> TokenMetadataReader.read(c, t));
        }
        // Read once per chain and token, then from the history file: one call per refresh at most, for the token's address.
        tokenInfo = tokens.of(new RegistryReader(client, registry).token());
        return snapshot;
    }

    @Override
    public Optional<TokenInfo> tokenInfo() {
        return Optional.ofNullable(tokenInfo);
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
            tokens = null;
        }
    }
}
