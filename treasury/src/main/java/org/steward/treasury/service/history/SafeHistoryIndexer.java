package org.steward.treasury.service.history;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.steward.core.chain.logs.LogPager;
import org.steward.core.chain.logs.LogSource;
import org.steward.core.chain.logs.Reorg;
import org.steward.core.chain.logs.ReorgWatch;
import org.steward.core.eth.Address;
import org.steward.core.task.Progress;

/**
 * Catches a Safe's execution history up with the chain: adaptive eth_getLogs pages, each stored with
 * the checkpoint in one transaction; the last {@code confirmationDepth} blocks are re-read each run,
 * and a re-read that changes what was stored is reported with its depth. A log that does not fit its
 * event is kept as an unreadable item and the others are stored.
 */
public final class SafeHistoryIndexer {

    private final SafeHistoryStore store;
    private final Address safe;
    private final long fromBlock;
    private final long confirmationDepth;
    private final LogPager pager;

    public SafeHistoryIndexer(LogSource source, SafeHistoryStore store, Address safe, long fromBlock, long confirmationDepth, long maxPageBlocks) {
        this.store = store;
        this.safe = safe;
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
        LogPager.Result read = pager.catchUp(storedUpTo, fromBlock, confirmationDepth, List.of(safe), SafeHistoryLogs.topics(),
                "Safe transactions", progress, (from, to, logs) -> {
            // One log that does not fit is one bad item: the rest of the page is stored, and the log kept to be shown as bad.
            SafeHistoryLogs.Page page = SafeHistoryLogs.read(logs);
            store.replaceFrom(from, page, to);
            page.executions().forEach(e -> watch.stored(SafeHistoryStore.key(e)));
            return page.executions().size();
        });
        return new Result(read, watch.after(read, progress.isCancelled()));
    }
}
