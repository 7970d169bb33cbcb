package org.steward.app.shell;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.steward.core.history.HistoryStore;
import org.steward.ui.Theme;

/** The chosen theme and the window's place, kept in the history store's {@code settings} table. Blocking: background tasks only. */
public final class ThemeStore {

    static final String KEY = "ui.theme";

    private final HistoryStore history;

    public ThemeStore(HistoryStore history) {
        this.history = history;
    }

    static final String WINDOW_KEY = "ui.window";

    java.nio.file.Path historyFile() {
        return history.file();
    }

    /** The saved theme, light if none was saved yet. */
    public Theme load() {
        return Theme.fromKey(read(KEY));
    }

    /** Saves and waits for the commit. */
    public void save(Theme theme) {
        write(KEY, theme.key());
    }

    /** The main window's last size and place, if one was saved. */
    java.util.Optional<WindowPlacement> loadPlacement() {
        return WindowPlacement.decode(read(WINDOW_KEY));
    }

    void savePlacement(WindowPlacement placement) {
        write(WINDOW_KEY, placement.encode());
    }

    private String read(String key) {
        return history.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
                q.setString(1, key);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private void write(String key, String value) {
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
