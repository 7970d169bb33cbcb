package org.steward.registry.service;

import java.util.List;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.Network;
import org.steward.core.task.Progress;
import org.steward.registry.domain.ModelView;

/**
 * The registry screen's data from the history file and the chain. The RPC is opened on the first
 * refresh (in a background task), so the stored rows show even when the node is down.
 */
public final class ChainRegistrySource implements RegistrySource, AutoCloseable {

    private final Network network;
    private final HistoryStore history;
    private final Address registry;
    private ChainClient client;

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
        return new RegistrySync(client, history, registry, settings).refresh(progress);
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
