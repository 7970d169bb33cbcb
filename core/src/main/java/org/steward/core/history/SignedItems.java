package org.steward.core.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steward.core.eth.Address;
import org.steward.core.net.Redact;

/**
 * The record of everything Steward signed. {@link #store} runs before a signature or transaction
 * leaves the machine; {@link #markSent} / {@link #markFailed} after. A crash in between leaves a
 * "stored" row that the history shows and the user can re-send.
 */
public final class SignedItems {

    private final HistoryStore store;

    public SignedItems(HistoryStore store) {
        this.store = store;
    }

    /** What to record about one signature, before it is broadcast. */
    public record NewItem(String kind, Long chainId, Address signer, String digest, String subject, String payloadJson) {
    }

    public record Item(long id, String kind, Long chainId, Address signer, String digest, String subject,
                       String payloadJson, Instant createdAt, String status, Optional<Instant> sentAt, Optional<String> receiptJson) {
    }

    /** Persists the item and returns its id once committed. */
    public long store(NewItem item) {
        return store.writeAndWait(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO signed_items(kind, chain_id, signer, digest, subject, payload, created_at) VALUES (?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, item.kind());
                ps.setObject(2, item.chainId());
                ps.setString(3, item.signer().lowerHex());
                ps.setString(4, item.digest());
                ps.setString(5, item.subject());
                ps.setString(6, item.payloadJson());
                ps.setLong(7, Instant.now().toEpochMilli());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public void markSent(long id, String receiptJson) {
        finish(id, "sent", receiptJson);
    }

    /** The error of a failed send; a URL in it (an RPC's, with its key) is stored cut down to scheme, host and port. */
    public void markFailed(long id, String errorJson) {
        finish(id, "failed", Redact.urlsIn(errorJson));
    }

    private void finish(long id, String status, String receiptJson) {
        store.writeAndWait(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE signed_items SET status=?, sent_at=?, receipt=? WHERE id=?")) {
                ps.setString(1, status);
                ps.setLong(2, Instant.now().toEpochMilli());
                ps.setString(3, receiptJson);
                ps.setLong(4, id);
                if (ps.executeUpdate() != 1) {
                    throw new java.sql.SQLException("no signed item " + id);
                }
                return null;
            }
        });
    }

    public List<Item> recent(int limit) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, kind, chain_id, signer, digest, subject, payload, created_at, status, sent_at, receipt "
                            + "FROM signed_items ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                List<Item> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long chain = rs.getLong(3);
                        Long chainId = rs.wasNull() ? null : chain;
                        long sent = rs.getLong(10);
                        boolean hasSent = !rs.wasNull();
                        out.add(new Item(rs.getLong(1), rs.getString(2), chainId,
                                new Address(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                                Instant.ofEpochMilli(rs.getLong(8)), rs.getString(9),
                                hasSent ? Optional.of(Instant.ofEpochMilli(sent)) : Optional.empty(),
                                Optional.ofNullable(rs.getString(11))));
                    }
                }
                return out;
            }
        });
    }
}
