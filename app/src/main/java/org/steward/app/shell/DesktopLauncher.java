package org.steward.app.shell;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the {@code gui} and {@code demo} commands open: the desktop window. The command line knows
 * only this, so it loads and runs without a JavaFX toolkit; {@code org.steward.app.Main} hands it
 * the JavaFX one.
 */
public interface DesktopLauncher {

    /** Fails with the sentence that names what the window lacks (GTK 3, a display) before anything else is started. */
    void requireDisplay();

    /**
     * Shows the main window on {@code context} and returns when it is closed; with
     * {@code screenshots}, the window writes a PNG of every screen and tab into that folder and
     * closes by itself. The history store stays open: the caller closes it after this returns.
     */
    void open(ShellContext context, Optional<Path> screenshots);
}
