package org.steward.core.chain.logs;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.history.HistoryStore;

/**
 * The logs an index could not decode, kept undecoded beside it (in {@code raw_logs}, under a stream
 * of their own) and replaced in the same transaction as the index's rows, so a bad log stays on
 * its list as a bad item after the blocks it came in are past the checkpoint, and leaves with them
 * when a re-read no longer finds it. Blocking.
 */
public final class UnreadableLogs {

    private final HistoryStore history;
    private final long chainId;
    private final Address contract;
    private final String stream;

    /** @param index the stream name of the index these logs belong to */
    public UnreadableLogs(HistoryStore history, ChainId chainId, Address contract, String index) {
        this.history = history;
        this.chainId = chainId.value();
        this.contract = contract;
        this.stream = index + ":unreadable";
    }

    /** Within the index's write transaction: forgets the bad logs from {@code fromBlock} on and keeps {@code logs}. */
    public void replaceFrom(Connection c, long fromBlock, List<RawLog> logs) throws SQLException {
        RawLogStore.replaceRows(c, chainId, contract, stream, fromBlock, logs);
    }

    /**
     * Every kept log, in chain order, with the reason it is refused.
     *
     * @param reason the index's decoder asked again (so the reason is today's, and not stored twice)
     */
    public List<UnreadableLog> all(Function<RawLog, UnreadableLog> reason) {
        List<UnreadableLog> out = new ArrayList<>();
        for (RawLog log : RawLogStore.rows(history, chainId, contract, stream)) {
            out.add(reason.apply(log));
        }
        return out;
    }
}
