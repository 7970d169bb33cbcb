package org.steward.core.chain.logs;

import java.util.List;
import org.steward.core.chain.ChainException;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.task.Progress;

/**
 * Reads a block range of logs page by page and hands each page to a sink that stores it together
 * with its checkpoint. The page shrinks by half whenever the node refuses a range as too large and
 * grows back after a run of successes, so one pager adapts to geth, anvil and hosted RPC limits.
 */
public final class LogPager {

    /** Stores one page (and moves the checkpoint to {@code to}) in one transaction; returns how many items it kept. */
    @FunctionalInterface
    public interface PageSink {
        int store(long from, long to, List<RawLog> logs);
    }

    /** What one run read: the range, the items the sink kept and how often the page was halved. */
    public record Result(long fromBlock, long toBlock, int stored, int pagesHalved) {
    }

    private static final int SUCCESSES_BEFORE_GROWING = 4;

    private final LogSource source;
    private final long maxPageBlocks;
    private long page;

    public LogPager(LogSource source, long maxPageBlocks) {
        if (maxPageBlocks < 1) {
            throw new IllegalArgumentException("a page holds at least one block");
        }
        this.source = source;
        this.maxPageBlocks = maxPageBlocks;
        this.page = maxPageBlocks;
    }

    /** The page size the next request will use. */
    public long pageBlocks() {
        return page;
    }

    /**
     * Reads from just after {@code checkpoint} (less {@code confirmationDepth} blocks, which are not
     * trusted and read again so a shallow reorganisation heals), or from {@code fromBlock} when
     * nothing was read yet, up to the head. This is how every index resumes after a restart.
     */
    public Result catchUp(java.util.OptionalLong checkpoint, long fromBlock, long confirmationDepth, List<Address> contracts,
                          List<Hash32> topics, String what, Progress progress, PageSink sink) {
        long head = source.head();
        long start = checkpoint.isPresent() ? Math.max(fromBlock, checkpoint.getAsLong() + 1 - confirmationDepth) : fromBlock;
        return read(start, head, contracts, topics, what, progress, sink);
    }

    /**
     * Reads {@code from..to}; stops between pages when cancelled, and what was stored stays stored.
     *
     * @param what names the logs in progress lines and errors, e.g. "Governor events"
     * @throws ChainException when the node is unreachable or refuses even a one-block page
     */
    public Result read(long from, long to, List<Address> contracts, List<Hash32> topics, String what, Progress progress, PageSink sink) {
        if (from > to) {
            return new Result(from, to, 0, 0);
        }
        long total = to - from + 1;
        int stored = 0;
        int halved = 0;
        int successes = 0;
        long next = from;
        progress.update(0, total, "Reading " + what + " from block " + from + " to " + to);
        while (next <= to && !progress.isCancelled()) {
            long end = Math.min(to, next + page - 1);
            List<RawLog> logs;
            try {
                logs = source.logs(next, end, contracts, topics);
            } catch (LogRangeTooLargeException e) {
                if (page == 1) {
                    throw new ChainException("The RPC refuses " + what + " even one block at a time (" + e.getMessage()
                            + "): use an RPC without a log limit, such as your own node.", e);
                }
                page = Math.max(1, page / 2);
                halved++;
                successes = 0;
                continue;
            }
            stored += sink.store(next, end, logs);
            if (++successes >= SUCCESSES_BEFORE_GROWING && page < maxPageBlocks) {
                page = Math.min(maxPageBlocks, page * 2);
                successes = 0;
            }
            progress.update(end - from + 1, total, "Read " + what + " up to block " + end + " of " + to);
            next = end + 1;
        }
        return new Result(from, Math.min(to, next - 1), stored, halved);
    }
}
