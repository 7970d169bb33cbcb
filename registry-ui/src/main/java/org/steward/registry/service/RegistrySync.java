package org.steward.registry.service;

import java.util.List;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.task.Progress;
import org.steward.registry.domain.ModelRecord;
import org.steward.registry.domain.ModelView;
import org.steward.registry.domain.ModelViews;
import org.steward.registry.domain.RegistryEvent;
import org.steward.registry.domain.RegistryMetrics;
import org.steward.registry.domain.RegistryMetricsCalculator;

/**
 * Brings one registry's local copy up to date (events, then the models' current state) and builds
 * the table rows and metrics from it. {@link #cached} shows the last copy without touching the chain,
 * which is what reopening Steward does first. Blocking: run as a background task.
 */
public final class RegistrySync {

    /** What the table and the metrics panel show, as of {@code asOfBlock} / {@code now}. */
    public record Snapshot(List<ModelView> models, RegistryMetrics metrics, long asOfBlock, long now) {
    }

    private final ChainClient client;
    private final RegistryEventStore store;
    private final Address registry;
    private final RegistryIndexer.Settings settings;

    public RegistrySync(ChainClient client, HistoryStore history, Address registry, RegistryIndexer.Settings settings) {
        this.client = client;
        this.store = new RegistryEventStore(history, client.network().chainId(), registry);
        this.registry = registry;
        this.settings = settings;
    }

    public Snapshot refresh(Progress progress) {
        RegistryReader reader = new RegistryReader(client, registry);
        RpcLogSource logs = new RpcLogSource(client);
        RegistryContracts contracts = RegistryContracts.discover(reader, logs, registry, settings.fromBlock());
        RegistryIndexer.Result indexed = new RegistryIndexer(logs, store, contracts.all(), settings).catchUp(progress);
        List<ModelRecord> models = reader.models();
        store.saveModels(models, indexed.toBlock());
        long now = logs.blockTime(indexed.toBlock());
        return build(registry, models, store.events(), now, indexed.toBlock());
    }

    /** The last stored copy, no network: rows as of the last refresh, ages and windows counted to {@code now}. */
    public static Snapshot cached(RegistryEventStore store, Address registry, long now) {
        List<RegistryEvent> events = store.events();
        long asOf = store.checkpoint().orElse(0);
        return build(registry, store.models(), events, now, asOf);
    }

    private static Snapshot build(Address registry, List<ModelRecord> models, List<RegistryEvent> events,
            long now, long asOfBlock) {
        return new Snapshot(ModelViews.of(models, events, now), RegistryMetricsCalculator.compute(events, registry, now, asOfBlock),
                asOfBlock, now);
    }
}
