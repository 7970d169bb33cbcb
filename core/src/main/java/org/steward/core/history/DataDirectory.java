package org.steward.core.history;

import java.nio.file.Path;
import java.util.Locale;

/** Where Steward keeps its files: the platform's per-user data directory, or an explicit override. */
public final class DataDirectory {

    /** Overrides the location (tests, the demo, portable installs). */
    public static final String PROPERTY = "steward.data.dir";
    public static final String ENV = "STEWARD_DATA_DIR";

    private DataDirectory() {
    }

    public static Path resolve() {
        String override = System.getProperty(PROPERTY, System.getenv(ENV));
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Steward");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Steward");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("steward");
    }
}
