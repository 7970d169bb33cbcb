package org.steward.registry.service;

import org.steward.core.chain.logs.LogPager;
import org.steward.core.chain.logs.LogSource;
import org.steward.core.net.LogReading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.steward.core.chain.logs.Reorg;
import org.steward.core.chain.logs.ReorgWatch;
import org.steward.core.chain.ChainException;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.task.Progress;
import org.steward.core.chain.logs.RawLog;
import org.steward.registry.domain.RegistryEvent;
import org.steward.registry.domain.MalformedLogException;
import org.steward.registry.domain.RegistryEventDecoder;

/**
 * Catches the stored index up with the chain: eth_getLogs in block pages, each page decoded and
 * stored with the checkpoint in one transaction, so an interrupted run resumes where it stopped.
 *
 * <p>The last {@code confirmationDepth} blocks are not trusted: every run reads them again and
 * replaces what was stored for them, so a reorganisation that deep heals on the next run. The
 * page shrinks by half whenever the node refuses a range as too large, and grows back after a run
 * of successes.
 */
public final class RegistryIndexer {

    /**
     * @param fromBlock first block to read on a fresh index (the registry's deployment block, or 0)
     * @param confirmationDepth blocks below the head read again on every run (0 on a devnet)
     * @param maxPageBlocks largest page; also the first one tried
     */
    public record Settings(long fromBlock, long confirmationDepth, long maxPageBlocks) {

        public static final Settings DEVNET = forNetwork(LogReading.LOCAL);

        /** The network's own way of reading logs, from block 0. */
        public static Settings forNetwork(LogReading reading) {
            return new Settings(0, reading.confirmationDepth(), reading.maxPageBlocks());
        }

        /** The same settings for an index that starts at {@code block} (the registry's deployment block). */
        public Settings startingAt(long block) {
            return new Settings(block, confirmationDepth, maxPageBlocks);
        }

        public Settings {
            if (fromBlock < 0 || confirmationDepth < 0 || maxPageBlocks < 1) {
                throw new IllegalArgumentException("indexer settings must be non-negative with a page of at least one block");
            }
        }
    }

    /** What one run did: the range read, the events stored, and stored history the re-read changed, if any. */
    public record Result(long fromBlock, long toBlock, int events, int pagesHalved, Optional<Reorg> reorg) {
    }

    private final RegistryEventStore store;
    private final List<Address> contracts;
    private final Settings settings;
    private final List<Hash32> topics = RegistryEventDecoder.topics();
    private final LogPager pager;

    /** @param contracts the registry and, for the metrics, its token and Governor */
    public RegistryIndexer(LogSource source, RegistryEventStore store, List<Address> contracts, Settings settings) {
        this.store = store;
        this.contracts = List.copyOf(contracts);
        this.settings = settings;
        this.pager = new LogPager(source, settings.maxPageBlocks());
    }

    /** The page size the next request will use. */
    public long pageBlocks() {
        return pager.pageBlocks();
    }

    /**
     * Reads from the checkpoint (less the confirmation depth) to the head. Stops between pages when
     * cancelled; what was stored stays stored.
     *
     * @throws ChainException when the node is unreachable or refuses even a one-block page
     */
    public Result catchUp(Progress progress) {
        OptionalLong storedUpTo = store.checkpoint();
        // What the pager will read again, as it was stored: a re-read that differs is reported, not applied in silence.
        ReorgWatch watch = ReorgWatch.before(storedUpTo, settings.fromBlock(), settings.confirmationDepth(), store::keysFrom);
        LogPager.Result r = pager.catchUp(storedUpTo, settings.fromBlock(), settings.confirmationDepth(), contracts, topics,
                "registry events", progress, (from, to, logs) -> {
            List<RegistryEvent> events = new ArrayList<>(logs.size());
            List<RawLog> unreadable = new ArrayList<>();
            for (RawLog log : logs) {
                try {
                    RegistryEventDecoder.decode(log).ifPresent(events::add);
                } catch (MalformedLogException e) {
                    unreadable.add(log);
                }
            }
            store.replaceFrom(from, events, unreadable, to);
            events.forEach(e -> watch.stored(e.meta()));
            return events.size();
        });
        Optional<Reorg> reorg = watch.after(r, progress.isCancelled());
        return new Result(r.fromBlock(), r.toBlock(), r.stored(), r.pagesHalved(), reorg);
    }
}
