package org.steward.treasury.service.history;

import java.util.List;
import org.steward.core.chain.logs.LogPager;
import org.steward.core.chain.logs.LogSource;
import org.steward.core.eth.Address;
import org.steward.core.task.Progress;

/**
 * Catches a Safe's execution history up with the chain: adaptive eth_getLogs pages, each stored with
 * the checkpoint in one transaction; the last {@code confirmationDepth} blocks are re-read each run.
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

    public LogPager.Result catchUp(Progress progress) {
        return pager.catchUp(store.checkpoint(), fromBlock, confirmationDepth, List.of(safe), SafeHistoryLogs.topics(),
                "Safe transactions", progress, (from, to, logs) -> {
            List<SafeExecution> executions = SafeHistoryLogs.decode(logs);
            store.replaceFrom(from, executions, to);
            return executions.size();
        });
    }
}
