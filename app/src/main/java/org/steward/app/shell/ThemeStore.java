package org.steward.app.shell;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.steward.core.history.HistoryStore;
import org.steward.ui.Theme;

/** The chosen theme, kept in the history store's {@code settings} table. Blocking: background tasks only. */
public final class ThemeStore {

    static final String KEY = "ui.theme";

    private final HistoryStore history;

    public ThemeStore(HistoryStore history) {
        this.history = history;
    }

    /** The saved theme, light if none was saved yet. */
    public Theme load() {
        return Theme.fromKey(history.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                q.setString(1, KEY);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }));
    }

    /** Saves and waits for the commit. */
    public void save(Theme theme) {
        history.writeAndWait(c -> {
            try (PreparedStatement u = c.prepareStatement("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")) {
                u.setString(1, KEY);
                u.setString(2, theme.key());
                u.setLong(3, System.currentTimeMillis());
                return u.executeUpdate();
            }
        });
    }
}
