package org.steward.core.token;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.Optional;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.history.HistoryStore;

/** The {@code token_info} table of the history file. Blocking: background tasks only. */
public final class TokenInfoStore {

    private final HistoryStore history;

    public TokenInfoStore(HistoryStore history) {
        this.history = history;
    }

    public Optional<TokenInfo> get(ChainId chain, Address token) {
        return Optional.ofNullable(history.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT name, symbol, decimals FROM token_info WHERE chain_id = ? AND token = ?")) {
                q.setLong(1, chain.value());
                q.setString(2, token.lowerHex());
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    int decimals = rs.getInt(3);
                    boolean noDecimals = rs.wasNull();
                    // Read back through the same rules: the file may have been edited by hand or by an older Steward.
                    return new TokenInfo(token, TokenInfo.cleanName(rs.getString(1)), TokenInfo.cleanSymbol(rs.getString(2)),
                            noDecimals ? Optional.empty() : TokenInfo.cleanDecimals(java.math.BigInteger.valueOf(decimals)));
                }
            }
        }));
    }

    /** Saves and waits for the commit. */
    public void put(ChainId chain, TokenInfo info) {
        history.writeAndWait(c -> {
            try (PreparedStatement u = c.prepareStatement("INSERT INTO token_info (chain_id, token, name, symbol, decimals, read_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (chain_id, token) DO UPDATE SET name = excluded.name, "
                    + "symbol = excluded.symbol, decimals = excluded.decimals, read_at = excluded.read_at")) {
                u.setLong(1, chain.value());
                u.setString(2, info.token().lowerHex());
                u.setString(3, info.name());
                u.setString(4, info.symbol().orElse(null));
                if (info.decimals().isPresent()) {
                    u.setInt(5, info.decimals().get());
                } else {
                    u.setNull(5, Types.INTEGER);
                }
                u.setLong(6, System.currentTimeMillis());
                return u.executeUpdate();
            }
        });
    }
}
