package org.steward.app.shell.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.steward.core.UserFacingException;
import org.steward.core.history.HistoryStoreException;
import org.steward.ui.Theme;
import org.steward.app.shell.ShellContext;
import org.steward.app.shell.WindowPlacement;
import org.steward.app.shell.DesktopLauncher;
import org.steward.app.shell.DesktopRequirements;
import org.steward.app.shell.UiSettings;

/**
 * Opens the desktop window. Kept apart from {@link StewardApp}: JavaFX refuses to start from a
 * plain classpath when the class holding {@code main} extends {@code Application}.
 */
public final class Desktop implements DesktopLauncher {

    /**
     * JavaFX warns at every start that it was loaded from the classpath, which is how Steward runs
     * on purpose (hid4java has no module name). Held here: JUL keeps loggers only weakly.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    /**
     * Once per process: JavaFX cannot be launched twice. Call from the main thread, never from the
     * FX thread. With {@code screenshots} the window opens at 1280x800.
     */
    @Override
    public void open(ShellContext context, java.util.Optional<java.nio.file.Path> screenshots) {
        requireDisplay();
        JAVAFX_LOG.setLevel(Level.SEVERE);
        StewardApp.handOver(new StewardApp.Launch(context, savedTheme(context), savedPlacement(context), screenshots));
        try {
            Application.launch(StewardApp.class);
        } catch (RuntimeException e) {
            throw DesktopRequirements.explain(e).map(m -> (RuntimeException) new UserFacingException(m, e)).orElse(e);
        }
        StewardApp.closedAt().filter(p -> screenshots.isEmpty()).ifPresent(p -> {
            try {
                new UiSettings(context.history()).savePlacement(p);
            } catch (HistoryStoreException e) {
                // losing the window's place is harmless; the history itself reports its problems where it matters
            }
        });
    }

    @Override
    public void requireDisplay() {
        DesktopRequirements.ofThisMachine().problem().ifPresent(m -> {
            throw new UserFacingException(m);
        });
    }

    private static java.util.Optional<WindowPlacement> savedPlacement(ShellContext context) {
        try {
            return new UiSettings(context.history()).loadPlacement();
        } catch (HistoryStoreException e) {
            return java.util.Optional.empty();
        }
    }

    /** Read before the toolkit starts, so the first frame already has the right colours. */
    private static Theme savedTheme(ShellContext context) {
        try {
            return SettingsViewModel.savedTheme(new UiSettings(context.history()));
        } catch (HistoryStoreException e) {
            // The window must still open; Settings reports the store's problem on the next save.
            return Theme.LIGHT;
        }
    }
}
