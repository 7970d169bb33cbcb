package org.steward.app.shell;

import java.util.Objects;
import javafx.application.Application;
import javafx.stage.Stage;
import org.steward.ui.Theme;

/**
 * The JavaFX application. JavaFX instantiates it reflectively, so {@link Desktop} hands the
 * session over through {@link #handOver} just before it launches the toolkit.
 */
public final class StewardApp extends Application {

    /** What the launcher decided before the toolkit started. */
    record Launch(ShellContext context, Theme theme) {
    }

    private static volatile Launch pending;

    private ShellWindow window;

    static void handOver(Launch launch) {
        pending = Objects.requireNonNull(launch);
    }

    @Override
    public void start(Stage stage) {
        Launch launch = Objects.requireNonNull(pending, "Desktop.open hands the session over before launching");
        pending = null;
        launch.theme().apply();
        window = ShellWindow.open(stage, launch.context(), launch.theme());
        StartupProbe.installFromSystemProperty(stage.getScene());
        Screenshot.installFromSystemProperty(window);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
