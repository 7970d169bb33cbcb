package org.steward.app.shell;

import org.steward.core.history.HistoryStore;
import org.steward.core.history.Settings;

/** The look: the chosen theme's key (the ui names the themes) and the window's place, kept in the history store's {@code settings} table. Blocking: background tasks only. */
public final class UiSettings {

    static final String KEY = "ui.theme";

    private final HistoryStore history;

    public UiSettings(HistoryStore history) {
        this.history = history;
    }

    static final String WINDOW_KEY = "ui.window";

    public java.nio.file.Path historyFile() {
        return history.file();
    }

    /** The saved theme's key, if one was saved. */
    public java.util.Optional<String> themeKey() {
        return java.util.Optional.ofNullable(read(KEY));
    }

    /** Saves and waits for the commit. */
    public void saveThemeKey(String key) {
        write(KEY, key);
    }

    /** The main window's last size and place, if one was saved. */
    public java.util.Optional<WindowPlacement> loadPlacement() {
        return WindowPlacement.decode(read(WINDOW_KEY));
    }

    public void savePlacement(WindowPlacement placement) {
        write(WINDOW_KEY, placement.encode());
    }

    /**
     * The window's place as saved in {@code file}, read before a history that is started afresh
     * (the demo's) is deleted, so the next window still opens where the last one was left.
     */
    public static java.util.Optional<String> placementIn(java.nio.file.Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return java.util.Optional.empty();
        }
        try (HistoryStore old = HistoryStore.open(file)) {
            return java.util.Optional.ofNullable(new UiSettings(old).read(WINDOW_KEY));
        } catch (RuntimeException unreadable) {
            // a history from another version or damaged: the window opens at its default place
            return java.util.Optional.empty();
        }
    }

    /** Keeps a place read with {@link #placementIn}. */
    public void keepPlacement(String encoded) {
        WindowPlacement.decode(encoded).ifPresent(this::savePlacement);
    }

    private String read(String key) {
        return new Settings(history).get(key).orElse(null);
    }

    private void write(String key, String value) {
        new Settings(history).put(key, value);
    }
}
