package org.steward.core.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** The {@code settings} table: small named values, each saved at once. Blocking: background tasks only. */
public final class Settings {

    private final HistoryStore history;

    public Settings(HistoryStore history) {
        this.history = history;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(history.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                q.setString(1, key);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }));
    }

    /** Saves and waits for the commit. */
    public void put(String key, String value) {
        history.writeAndWait(c -> {
            try (PreparedStatement u = c.prepareStatement("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")) {
                u.setString(1, key);
                u.setString(2, value);
                u.setLong(3, System.currentTimeMillis());
                return u.executeUpdate();
            }
        });
    }
}
