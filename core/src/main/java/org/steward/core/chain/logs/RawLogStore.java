package org.steward.core.chain.logs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.IndexCheckpoints;
import org.steward.core.task.Progress;

/**
 * One contract's logs of chosen topics, kept undecoded in the history file (V8 {@code raw_logs})
 * and caught up page by page like the other indexes: a later read asks the node only for the blocks
 * after the checkpoint, less the confirmation depth. For contracts with few events, whose readers
 * decode everything each time (the timelock). Blocking.
 */
public final class RawLogStore {

    private final HistoryStore history;
    private final long chainId;
    private final Address contract;
    private final String stream;

    public RawLogStore(HistoryStore history, ChainId chainId, Address contract, String stream) {
        this.history = history;
        this.chainId = chainId.value();
        this.contract = contract;
        this.stream = stream;
    }

    /** Every stored log in chain order, and how this read changed what was stored, if it did. */
    public record Read(List<RawLog> logs, Optional<Reorg> reorg) {
    }

    /**
     * Reads the new blocks' logs into the store, then returns every stored log in chain order.
     *
     * @param fromBlock where a fresh store starts reading (the contract's deployment block, or 0)
     */
    public Read catchUp(LogSource source, List<Hash32> topics, long fromBlock, long confirmationDepth, long maxPageBlocks,
                        Progress progress) {
        OptionalLong storedUpTo = IndexCheckpoints.read(history, chainId, contract, stream);
        ReorgWatch watch = ReorgWatch.before(storedUpTo, fromBlock, confirmationDepth, this::keysFrom);
        LogPager.Result read = new LogPager(source, maxPageBlocks).catchUp(storedUpTo, fromBlock, confirmationDepth,
                List.of(contract), topics, stream, progress, (from, to, logs) -> {
                    replaceFrom(from, logs, to);
                    logs.forEach(log -> watch.stored(log.meta()));
                    return logs.size();
                });
        return new Read(all(), watch.after(read, progress.isCancelled()));
    }

    private List<Reorg.Key> keysFrom(long fromBlock) {
        return history.read(c -> {
            List<Reorg.Key> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT block_number, log_index, block_hash FROM raw_logs "
                    + "WHERE chain_id = ? AND contract = ? AND stream = ? AND block_number >= ?")) {
                s.setLong(1, chainId);
                s.setString(2, contract.lowerHex());
                s.setString(3, stream);
                s.setLong(4, fromBlock);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Reorg.Key(rs.getLong(1), rs.getInt(2), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }

    private void replaceFrom(long from, List<RawLog> logs, long to) {
        history.writeAndWait(c -> {
            replaceRows(c, chainId, contract, stream, from, logs);
            IndexCheckpoints.write(c, chainId, contract, stream, to);
            return null;
        });
    }

    /** Within the caller's write transaction: forgets the stream's rows from {@code from} on and stores {@code logs}. */
    static void replaceRows(Connection c, long chainId, Address contract, String stream, long from, List<RawLog> logs) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM raw_logs WHERE chain_id = ? AND contract = ? AND stream = ? AND block_number >= ?")) {
            d.setLong(1, chainId);
            d.setString(2, contract.lowerHex());
            d.setString(3, stream);
            d.setLong(4, from);
            d.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO raw_logs(chain_id, contract, stream, block_number, log_index, "
                + "block_hash, block_time, tx_hash, topics, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (RawLog log : logs) {
                s.setLong(1, chainId);
                s.setString(2, contract.lowerHex());
                s.setString(3, stream);
                s.setLong(4, log.meta().block());
                s.setInt(5, log.meta().logIndex());
                s.setString(6, log.meta().blockHash().hex());
                s.setLong(7, log.meta().blockTime());
                s.setString(8, log.meta().txHash().hex());
                s.setString(9, String.join(",", log.topics().stream().map(Hex::encode).toList()));
                s.setString(10, Hex.encode(log.data()));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private List<RawLog> all() {
        return rows(history, chainId, contract, stream);
    }

    /** Every stored row of a stream, in chain order. */
    static List<RawLog> rows(HistoryStore history, long chainId, Address contract, String stream) {
        return history.read(c -> {
            List<RawLog> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT block_number, log_index, block_hash, block_time, tx_hash, topics, data FROM raw_logs "
                    + "WHERE chain_id = ? AND contract = ? AND stream = ? ORDER BY block_number, log_index")) {
                s.setLong(1, chainId);
                s.setString(2, contract.lowerHex());
                s.setString(3, stream);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        List<byte[]> topics = Arrays.stream(rs.getString(6).split(",")).filter(t -> !t.isEmpty()).map(Hex::decode).toList();
                        out.add(new RawLog(new EventMeta(contract, rs.getLong(1), Hash32.parse(rs.getString(3)), rs.getLong(4), rs.getInt(2),
                                Hash32.parse(rs.getString(5))), topics, Hex.decode(rs.getString(7))));
                    }
                }
            }
            return out;
        });
    }
}
