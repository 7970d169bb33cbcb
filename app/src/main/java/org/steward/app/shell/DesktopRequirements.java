package org.steward.app.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the desktop window needs from the machine before JavaFX is asked for it. JavaFX on Linux
 * draws through GTK 3 and fails with "Unable to load glass GTK library", which names neither the
 * package nor the fix; this says both before anything else (the devnet, the history) is started.
 */
public final class DesktopRequirements {

    static final String GTK_LIBRARY = "libgtk-3.so.0";

    /** Where Linux distributions put shared libraries, before LD_LIBRARY_PATH is added. */
    private static final List<String> LIBRARY_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib/x86_64-linux-gnu",
            "/lib/aarch64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib", "/usr/local/lib");

    public static final String MISSING_GTK = "The desktop window needs GTK 3 (" + GTK_LIBRARY + "), which this machine does not have: install it"
            + " (Debian and Ubuntu: sudo apt install libgtk-3-0; Fedora: sudo dnf install gtk3; Arch: sudo pacman -S gtk3) and run this again."
            + " The command-line tools work without it.";

    public static final String NO_DISPLAY = "The desktop window needs a display, and neither DISPLAY nor WAYLAND_DISPLAY is set:"
            + " run Steward in a desktop session (or under Xvfb: xvfb-run ./steward demo). The command-line tools work without one.";

    private final String osName;
    private final Map<String, String> env;
    private final Predicate<Path> exists;
    private final String glassPlatform;

    DesktopRequirements(String osName, Map<String, String> env, Predicate<Path> exists, String glassPlatform) {
        this.osName = osName;
        this.env = env;
        this.exists = exists;
        this.glassPlatform = glassPlatform;
    }

    /** The requirements of this process on this machine. */
    public static DesktopRequirements ofThisMachine() {
        return new DesktopRequirements(System.getProperty("os.name", ""), System.getenv(), Files::exists, System.getProperty("glass.platform", ""));
    }

    /** The sentence that says what is missing and how to get it, or empty when the window can open. */
    public Optional<String> problem() {
        // Monocle (the tests' headless toolkit) needs neither GTK nor a display.
        if (!osName.toLowerCase(java.util.Locale.ROOT).contains("linux") || glassPlatform.equalsIgnoreCase("Monocle")) {
            return Optional.empty();
        }
        if (libraryDirs().stream().noneMatch(dir -> exists.test(Path.of(dir, GTK_LIBRARY)))) {
            return Optional.of(MISSING_GTK);
        }
        if (blank("DISPLAY") && blank("WAYLAND_DISPLAY")) {
            return Optional.of(NO_DISPLAY);
        }
        return Optional.empty();
    }

    /** The toolkit's own failure, said as {@link #problem()} would have said it. */
    public static Optional<String> explain(Throwable launchFailure) {
        for (Throwable t = launchFailure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("GTK")) {
                return Optional.of(MISSING_GTK);
            }
            if (m.contains("DISPLAY")) {
                return Optional.of(NO_DISPLAY);
            }
        }
        return Optional.empty();
    }

    private List<String> libraryDirs() {
        List<String> dirs = new ArrayList<>();
        String extra = env.get("LD_LIBRARY_PATH");
        if (extra != null) {
            for (String d : extra.split(":")) {
                if (!d.isBlank()) {
                    dirs.add(d);
                }
            }
        }
        dirs.addAll(LIBRARY_DIRS);
        return dirs;
    }

    private boolean blank(String variable) {
        String v = env.get(variable);
        return v == null || v.isBlank();
    }
}
