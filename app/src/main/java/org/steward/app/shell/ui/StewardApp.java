package org.steward.app.shell.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.stage.Stage;
import org.steward.ui.Theme;
import org.steward.app.shell.ShellContext;
import org.steward.app.shell.WindowPlacement;

/**
 * The JavaFX application. JavaFX instantiates it reflectively, so {@link Desktop} hands the
 * session over through {@link #handOver} just before it launches the toolkit.
 */
public final class StewardApp extends Application {

    /** What the launcher decided before the toolkit started. */
    record Launch(ShellContext context, Theme theme, java.util.Optional<WindowPlacement> placement,
                  java.util.Optional<java.nio.file.Path> screenshots) {
    }

    private static volatile Launch pending;
    /** Where the window was when it closed, for {@link Desktop} to save once the toolkit is gone. */
    private static volatile WindowPlacement closedAt;

    private ShellSession session;

    static void handOver(Launch launch) {
        pending = Objects.requireNonNull(launch);
    }

    @Override
    public void start(Stage stage) {
        Launch launch = Objects.requireNonNull(pending, "Desktop.open hands the session over before launching");
        pending = null;
        launch.theme().apply();
        session = ShellSession.open(stage, launch.context(), launch.theme());
        if (launch.screenshots().isEmpty()) {
            // Once shown: a size set before the scene is given way to the scene's own size on some toolkits.
            launch.placement().ifPresent(p -> place(stage, p));
        }
        WindowTracker tracker = WindowTracker.track(stage);
        stage.setOnHiding(e -> closedAt = tracker.current());
        StartupProbe.installFromSystemProperty(stage.getScene());
        launch.screenshots().ifPresent(dir -> Screenshot.tour(session.window(), dir));
        ScreenTour.installFromSystemProperty(session.window());
    }

    /** Restores a saved place only if it still lies on a connected screen (a monitor may have been unplugged). */
    static void place(Stage stage, WindowPlacement p) {
        if (javafx.stage.Screen.getScreensForRectangle(p.x(), p.y(), Math.min(p.width(), 200), Math.min(p.height(), 100)).isEmpty()) {
            return;
        }
        stage.setX(p.x());
        stage.setY(p.y());
        stage.setWidth(p.width());
        stage.setHeight(p.height());
        stage.setMaximized(p.maximized());
    }

    static java.util.Optional<WindowPlacement> closedAt() {
        return java.util.Optional.ofNullable(closedAt);
    }

    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }
}
