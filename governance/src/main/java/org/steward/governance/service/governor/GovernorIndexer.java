package org.steward.governance.service.governor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.steward.core.chain.logs.LogPager;
import org.steward.core.chain.logs.LogRejectedException;
import org.steward.core.chain.logs.LogSource;
import org.steward.core.chain.logs.RawLog;
import org.steward.core.chain.logs.Reorg;
import org.steward.core.chain.logs.ReorgWatch;
import org.steward.core.eth.Address;
import org.steward.core.governor.GovernorEvent;
import org.steward.core.governor.GovernorEventDecoder;
import org.steward.core.task.Progress;

/**
 * Catches a Governor's index up with the chain: ProposalCreated and the later events, read in
 * adaptive pages, each page stored with the checkpoint in one transaction. The last
 * {@code confirmationDepth} blocks are read again on each run, so a shallow reorganisation heals;
 * a re-read that changes what was stored is reported with its depth. A log that does not decode is
 * kept as an unreadable item and the others are stored.
 */
public final class GovernorIndexer {

    private final GovernorStore store;
    private final Address governor;
    private final long fromBlock;
    private final long confirmationDepth;
    private final LogPager pager;

    public GovernorIndexer(LogSource source, GovernorStore store, Address governor, long fromBlock, long confirmationDepth, long maxPageBlocks) {
        this.store = store;
        this.governor = governor;
        this.fromBlock = fromBlock;
        this.confirmationDepth = confirmationDepth;
        this.pager = new LogPager(source, maxPageBlocks);
    }

    /** What one run read, and how the node changed stored history, if it did. */
    public record Result(LogPager.Result read, Optional<Reorg> reorg) {
    }

    public Result catchUp(Progress progress) {
        OptionalLong storedUpTo = store.checkpoint();
        ReorgWatch watch = ReorgWatch.before(storedUpTo, fromBlock, confirmationDepth, store::keysFrom);
        LogPager.Result read = pager.catchUp(storedUpTo, fromBlock, confirmationDepth, List.of(governor), GovernorEventDecoder.topics(),
                "Governor events", progress, (from, to, logs) -> {
            List<GovernorEvent> events = new ArrayList<>(logs.size());
            List<RawLog> unreadable = new ArrayList<>();
            for (RawLog log : logs) {
                try {
                    GovernorEventDecoder.decode(log).ifPresent(events::add);
                } catch (LogRejectedException e) {
                    // One bad log is one bad item: the rest of the page is stored, and the log kept to be shown as bad.
                    unreadable.add(log);
                }
            }
            store.replaceFrom(from, events, unreadable, to);
            events.forEach(e -> watch.stored(e.meta()));
            return events.size();
        });
        return new Result(read, watch.after(read, progress.isCancelled()));
    }
}
