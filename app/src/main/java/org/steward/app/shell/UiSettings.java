package org.steward.app.shell;

import org.steward.core.history.HistoryStore;
import org.steward.core.history.Settings;
import org.steward.ui.Theme;

/** The look: the chosen theme and the window's place, kept in the history store's {@code settings} table. Blocking: background tasks only. */
public final class UiSettings {

    static final String KEY = "ui.theme";

    private final HistoryStore history;

    public UiSettings(HistoryStore history) {
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
        return new Settings(history).get(key).orElse(null);
    }

    private void write(String key, String value) {
        new Settings(history).put(key, value);
    }
}
