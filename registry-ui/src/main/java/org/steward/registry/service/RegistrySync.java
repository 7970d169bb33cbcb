package org.steward.registry.service;

import org.steward.core.chain.logs.DeploymentBlock;
import org.steward.core.chain.logs.RpcLogSource;
import java.util.List;
import java.util.Optional;
import org.steward.core.chain.logs.LogListNotice;
import org.steward.core.chain.logs.Reorg;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.task.Progress;
import org.steward.registry.domain.ModelView;
import org.steward.registry.domain.ModelViews;
import org.steward.registry.domain.RegistryEvent;
import org.steward.registry.domain.RegistryMetrics;
import org.steward.registry.domain.RegistryMetricsCalculator;

/**
 * Brings one registry's local copy up to date (events, then the models' current state) and builds
 * the table rows and metrics from it. Reopening Steward shows {@link #cachedRows} first (one small
 * table, no events loaded), then {@link #cached} (every event replayed for the metrics), then refreshes.
 * Blocking: run as a background task.
 */
public final class RegistrySync {

    /**
     * What the table and the metrics panel show, as of {@code asOfBlock} / {@code now}, and stored
     * events this refresh found changed by the node (a reorganisation, or a lying node) and the logs
     * that did not decode.
     */
    public record Snapshot(List<ModelView> models, RegistryMetrics metrics, long asOfBlock, long now, LogListNotice notice) {

        /** A snapshot from stored data, or one whose refresh changed nothing that was stored. */
        public Snapshot(List<ModelView> models, RegistryMetrics metrics, long asOfBlock, long now) {
            this(models, metrics, asOfBlock, now, LogListNotice.NONE);
        }

        public Optional<Reorg> reorg() {
            return notice.reorg();
        }
    }

    private final ChainClient client;
    private final RegistryEventStore store;
    private final Address registry;
    private final RegistryIndexer.Settings settings;
    private final HistoryStore history;

    public RegistrySync(ChainClient client, HistoryStore history, Address registry, RegistryIndexer.Settings settings) {
        this.client = client;
        this.store = new RegistryEventStore(history, client.network().chainId(), registry);
        this.registry = registry;
        this.settings = settings;
        this.history = history;
    }

    /** Where a contract's logs can start: its deployment block, never before the settings' first block. */
    private long deployedAt(Address contract) {
        return Math.max(settings.fromBlock(), DeploymentBlock.remembered(client, history, contract));
    }

    /** The chain position an index catch-up reached: its last block and that block's time. */
    public record Position(long block, long now) {
    }

    /**
     * Brings the stored events up to the head without reading the models or computing the table:
     * what a screen needs that reads the events itself.
     */
    public Position catchUp(Progress progress) {
        RegistryReader reader = new RegistryReader(client, registry);
        RpcLogSource logs = new RpcLogSource(client);
        long block = index(reader, logs, progress).toBlock();
        return new Position(block, logs.blockTime(block));
    }

    /** Catches the events up, then reads every model and builds the table's rows and the metrics. */
    public Snapshot refresh(Progress progress) {
        RegistryReader reader = new RegistryReader(client, registry);
        RpcLogSource logs = new RpcLogSource(client);
        RegistryIndexer.Result indexed = index(reader, logs, progress);
        long block = indexed.toBlock();
        var models = reader.models();
        long now = logs.blockTime(block);
        List<RegistryEvent> events = store.events();
        Snapshot snapshot = new Snapshot(ModelViews.of(models, events, now),
                RegistryMetricsCalculator.compute(events, registry, now, block), block, now,
                new LogListNotice(indexed.reorg(), store.unreadable()));
        store.saveRows(snapshot.models(), block, now);
        return snapshot;
    }

    private RegistryIndexer.Result index(RegistryReader reader, RpcLogSource logs, Progress progress) {
        RegistryContracts contracts = RegistryContracts.discover(reader, logs, registry, this::deployedAt);
        long oldest = contracts.all().stream().mapToLong(this::deployedAt).min().orElse(settings.fromBlock());
        return new RegistryIndexer(logs, store, contracts.all(), settings.startingAt(oldest)).catchUp(progress);
    }

    /** The table as last refreshed, without events or network: what reopening shows first. Ages count to {@code now}. */
    public static List<ModelView> cachedRows(RegistryEventStore store, long now) {
        return store.rows(now);
    }

    /** The last stored copy with its metrics replayed from the stored events; no network. */
    public static Snapshot cached(RegistryEventStore store, Address registry, long now) {
        List<RegistryEvent> events = store.events();
        long asOf = store.checkpoint().orElse(0);
        return new Snapshot(store.rows(now), RegistryMetricsCalculator.compute(events, registry, now, asOf), asOf, now,
                new LogListNotice(Optional.empty(), store.unreadable()));
    }
}
