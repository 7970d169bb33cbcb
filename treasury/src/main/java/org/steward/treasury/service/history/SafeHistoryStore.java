package org.steward.treasury.service.history;

import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.steward.core.chain.logs.EventMeta;
import org.steward.core.chain.logs.Reorg;
import org.steward.core.chain.logs.UnreadableLog;
import org.steward.core.chain.logs.UnreadableLogs;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hash32;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.IndexCheckpoints;

/** One Safe's executed transactions in the history file (V3 {@code safe_executions}) with the index checkpoint. */
public final class SafeHistoryStore {

    static final String STREAM = "safe-history";

    private final HistoryStore history;
    private final long chainId;
    private final Address safe;

    public SafeHistoryStore(HistoryStore history, ChainId chainId, Address safe) {
        this.history = history;
        this.chainId = chainId.value();
        this.safe = safe;
    }

    public OptionalLong checkpoint() {
        return IndexCheckpoints.read(history, chainId, safe, STREAM);
    }

    /** In one transaction: forgets what was stored from {@code fromBlock} on, stores the page's executions and unreadable logs, moves the checkpoint. */
    public void replaceFrom(long fromBlock, SafeHistoryLogs.Page page, long lastBlock) {
        List<SafeExecution> executions = page.executions();
        history.writeAndWait(c -> {
            unreadableLogs().replaceFrom(c, fromBlock, page.unreadable());
            try (PreparedStatement d = c.prepareStatement("DELETE FROM safe_executions WHERE chain_id = ? AND safe = ? AND block_number >= ?")) {
                d.setLong(1, chainId);
                d.setString(2, safe.lowerHex());
                d.setLong(3, fromBlock);
                d.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO safe_executions(chain_id, safe, safe_tx_hash, block_number, log_index, "
                    + "block_time, tx_hash, success, payment, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (SafeExecution e : executions) {
                    s.setLong(1, chainId);
                    s.setString(2, safe.lowerHex());
                    s.setString(3, e.safeTxHash().hex());
                    s.setLong(4, e.meta().block());
                    s.setInt(5, e.meta().logIndex());
                    s.setLong(6, e.meta().blockTime());
                    s.setString(7, e.meta().txHash().hex());
                    s.setInt(8, e.success() ? 1 : 0);
                    s.setString(9, e.payment().toString());
                    s.setString(10, e.details().orElse(null));
                    s.addBatch();
                }
                s.executeBatch();
            }
            IndexCheckpoints.write(c, chainId, safe, STREAM, lastBlock);
            return null;
        });
    }

    /** The Safe's logs that did not fit their event, each with why: the bad items of the history. */
    public List<UnreadableLog> unreadable() {
        return unreadableLogs().all(SafeHistoryLogs::why);
    }

    private UnreadableLogs unreadableLogs() {
        return new UnreadableLogs(history, ChainId.of(chainId), safe, STREAM);
    }

    /**
     * Who each stored execution from {@code fromBlock} on is. This table keeps no block hash, so the
     * execution's transaction and Safe transaction hashes stand in for it: a log moved to another
     * transaction, or reporting another Safe transaction, is another row.
     */
    public List<Reorg.Key> keysFrom(long fromBlock) {
        return history.read(c -> {
            List<Reorg.Key> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT block_number, log_index, tx_hash, safe_tx_hash FROM safe_executions "
                    + "WHERE chain_id = ? AND safe = ? AND block_number >= ?")) {
                s.setLong(1, chainId);
                s.setString(2, safe.lowerHex());
                s.setLong(3, fromBlock);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Reorg.Key(rs.getLong(1), rs.getInt(2), rs.getString(3) + "/" + rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    static Reorg.Key key(SafeExecution e) {
        return new Reorg.Key(e.meta().block(), e.meta().logIndex(), e.meta().txHash().hex() + "/" + e.safeTxHash().hex());
    }

    /** A page of executions, newest first. */
    public List<SafeExecution> page(int offset, int limit) {
        return history.read(c -> {
            List<SafeExecution> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT safe_tx_hash, block_number, log_index, block_time, tx_hash, success, payment, details "
                    + "FROM safe_executions WHERE chain_id = ? AND safe = ? ORDER BY block_number DESC, log_index DESC LIMIT ? OFFSET ?")) {
                s.setLong(1, chainId);
                s.setString(2, safe.lowerHex());
                s.setInt(3, limit);
                s.setInt(4, offset);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        EventMeta meta = new EventMeta(safe, rs.getLong(2), Hash32.of(new byte[32]), rs.getLong(4), rs.getInt(3), Hash32.parse(rs.getString(5)));
                        out.add(new SafeExecution(meta, Hash32.parse(rs.getString(1)), rs.getInt(6) == 1, new BigInteger(rs.getString(7)),
                                Optional.ofNullable(rs.getString(8))));
                    }
                }
            }
            return out;
        });
    }

    public int count() {
        return history.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM safe_executions WHERE chain_id = ? AND safe = ?")) {
                s.setLong(1, chainId);
                s.setString(2, safe.lowerHex());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.getInt(1);
                }
            }
        });
    }
}
