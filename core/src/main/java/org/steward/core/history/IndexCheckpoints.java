package org.steward.core.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import org.steward.core.eth.Address;

/** The last block each log index has stored ({@code index_checkpoints}), so a restart resumes there. */
public final class IndexCheckpoints {

    private IndexCheckpoints() {
    }

    public static OptionalLong read(HistoryStore history, long chainId, Address contract, String stream) {
        return history.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT last_block FROM index_checkpoints WHERE chain_id = ? AND contract = ? AND stream = ?")) {
                s.setLong(1, chainId);
                s.setString(2, contract.lowerHex());
                s.setString(3, stream);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    /** Call inside the write that stores the page, so the checkpoint never runs ahead of the data. */
    public static void write(Connection c, long chainId, Address contract, String stream, long lastBlock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO index_checkpoints(chain_id, contract, stream, last_block, updated_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT(chain_id, contract, stream) DO UPDATE SET last_block = excluded.last_block, "
                + "updated_at = excluded.updated_at")) {
            s.setLong(1, chainId);
            s.setString(2, contract.lowerHex());
            s.setString(3, stream);
            s.setLong(4, lastBlock);
            s.setLong(5, System.currentTimeMillis() / 1000);
            s.executeUpdate();
        }
    }
}
