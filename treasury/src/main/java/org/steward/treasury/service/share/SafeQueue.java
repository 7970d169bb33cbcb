package org.steward.treasury.service.share;

import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.core.history.HistoryStore;
import org.steward.treasury.domain.SafeDomain;
import org.steward.treasury.domain.SafeSignature;
import org.steward.treasury.domain.SafeSignatures;
import org.steward.treasury.domain.share.SignedSafeTxFile;

/**
 * Safe transactions waiting for signatures, kept in the history file (V6) so the queue survives a
 * restart: each stored with its locally computed safeTxHash, each confirmation only after its
 * signer is recovered from that hash. Blocking.
 */
public final class SafeQueue {

    /** A queued transaction with the confirmations gathered so far. */
    public record Queued(SignedSafeTxFile file, String origin) {

        public Hash32 safeTxHash() {
            return file.safeTxHash();
        }
    }

    private final HistoryStore history;

    public SafeQueue(HistoryStore history) {
        this.history = history;
    }

    /** Adds (or merges into) the queue; returns the stored state. */
    public Queued add(SignedSafeTxFile file, String origin) {
        Hash32 hash = file.safeTxHash();
        history.writeAndWait(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO safe_queue(chain_id, safe, safe_tx_hash, nonce, safe_tx, origin, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, file.domain().chainId().value());
                s.setString(2, file.domain().safe().lowerHex());
                s.setString(3, hash.hex());
                s.setLong(4, file.tx().nonce().longValueExact());
                s.setString(5, file.toJson());
                s.setString(6, origin);
                s.setLong(7, System.currentTimeMillis() / 1000);
                s.executeUpdate();
            }
            for (SafeSignature sig : file.signatures().values()) {
                try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO safe_confirmations(chain_id, safe, safe_tx_hash, owner, signature, "
                        + "source, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    s.setLong(1, file.domain().chainId().value());
                    s.setString(2, file.domain().safe().lowerHex());
                    s.setString(3, hash.hex());
                    s.setString(4, sig.owner().lowerHex());
                    s.setString(5, Hex.encode(sig.staticPart()));
                    s.setString(6, origin);
                    s.setLong(7, System.currentTimeMillis() / 1000);
                    s.executeUpdate();
                }
            }
            return null;
        });
        return pending(file.domain(), BigInteger.ZERO).stream().filter(q -> q.safeTxHash().equals(hash)).findFirst().orElseThrow();
    }

    /** Queued transactions with nonce at least {@code safeNonce}, by nonce then age; older ones were executed or replaced. */
    public List<Queued> pending(SafeDomain domain, BigInteger safeNonce) {
        return history.read(c -> {
            Map<String, Queued> out = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT safe_tx, origin FROM safe_queue WHERE chain_id = ? AND safe = ? AND nonce >= ? "
                    + "ORDER BY nonce, created_at")) {
                s.setLong(1, domain.chainId().value());
                s.setString(2, domain.safe().lowerHex());
                s.setLong(3, safeNonce.longValueExact());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        SignedSafeTxFile f = SignedSafeTxFile.parse(rs.getString(1));
                        out.put(f.safeTxHash().hex(), new Queued(f, rs.getString(2)));
                    }
                }
            }
            List<Queued> result = new ArrayList<>();
            for (Queued q : out.values()) {
                result.add(new Queued(withConfirmations(c, q.file()), q.origin()));
            }
            return result;
        });
    }

    private static SignedSafeTxFile withConfirmations(java.sql.Connection c, SignedSafeTxFile f) throws java.sql.SQLException {
        Map<Address, SafeSignature> sigs = new LinkedHashMap<>(f.signatures());
        try (PreparedStatement s = c.prepareStatement("SELECT signature FROM safe_confirmations WHERE chain_id = ? AND safe = ? AND safe_tx_hash = ?")) {
            s.setLong(1, f.domain().chainId().value());
            s.setString(2, f.domain().safe().lowerHex());
            s.setString(3, f.safeTxHash().hex());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    SafeSignature sig = SafeSignatures.parse(Hex.decode(rs.getString(1)), f.safeTxHash()).get(0);
                    sigs.put(sig.owner(), sig);
                }
            }
        }
        return new SignedSafeTxFile(f.domain(), f.tx(), sigs);
    }

    /** How many queued transactions share each nonce: more than one means executing one replaces the others. */
    public static Map<BigInteger, Integer> nonceCounts(List<Queued> queue) {
        Map<BigInteger, Integer> counts = new LinkedHashMap<>();
        queue.forEach(q -> counts.merge(q.file().tx().nonce(), 1, Integer::sum));
        return counts;
    }
}
