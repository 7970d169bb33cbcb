package org.steward.app.shell.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.steward.app.shell.ui.StatusBarViewModel.ChainState;
import org.steward.core.task.BackgroundTask;
import org.steward.ui.UserMessages;

/**
 * {@code steward demo --screenshots DIR}: once the status bar follows the chain, opens every screen
 * and tab ({@link ScreenStops}) in turn, writes a PNG of the window for each, then one with the
 * notifications drawer open, and quits. The README's images come from it.
 */
final class Screenshot {

    /** A screen reads its data from the chain and the hub when first opened. */
    private static final Duration LOADING_SCREEN = Duration.seconds(5);
    /** A tab's content may load on first selection too (the Governor's proposals, the queue). */
    private static final Duration LOADING_TAB = Duration.seconds(2);
    static final Duration GIVE_UP = Duration.seconds(15);
    static final String NOTIFICATIONS = "notifications";

    private final ShellWindow window;
    private final Path dir;
    private int pending;
    private boolean finished;
    private boolean started;
    private int written;

    private Screenshot(ShellWindow window, Path dir) {
        this.window = window;
        this.dir = dir;
    }

    /** Starts the tour; the process's JavaFX toolkit exits when the last picture is written. */
    static void tour(ShellWindow window, Path dir) {
        Screenshot shot = new Screenshot(window, dir);
        window.chainStateProperty().addListener((obs, before, now) -> {
            if (now == ChainState.LIVE) {
                shot.start();
            }
        });
        if (window.chainStateProperty().get() == ChainState.LIVE) {
            shot.start();
        }
        after(GIVE_UP, shot::start);
    }

    private void start() {
        if (started) {
            return;
        }
        started = true;
        screen(0);
    }

    private void screen(int index) {
        Screen[] screens = Screen.values();
        if (index == screens.length) {
            notificationsDrawer();
            return;
        }
        window.select(screens[index]);
        after(LOADING_SCREEN, () -> stop(index, ScreenStops.of(screens[index], window.page()), 0));
    }

    private void stop(int screen, List<ScreenStops.Stop> stops, int index) {
        if (index == stops.size()) {
            screen(screen + 1);
            return;
        }
        ScreenStops.Stop stop = stops.get(index);
        stop.show();
        after(stop.tabs().isEmpty() ? Duration.millis(300) : LOADING_TAB, () -> {
            take(stop.slug());
            stop(screen, stops, index + 1);
        });
    }

    private void notificationsDrawer() {
        window.select(Screen.GOVERNANCE);
        window.toggleNotifications();
        after(LOADING_SCREEN, () -> {
            take(NOTIFICATIONS);
            window.toggleNotifications();
            finished = true;
            exitWhenWritten();
        });
    }

    private void take(String name) {
        WritableImage image = window.stage().getScene().snapshot(null);
        Path target = dir.resolve(name + ".png");
        pending++;
        window.runner().run(BackgroundTask.of("Write the screenshot " + name, progress -> {
            Files.createDirectories(dir);
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile())) {
                throw new IOException("no PNG writer in this Java runtime");
            }
            return target;
        }).onSuccess(file -> {
            written++;
            System.out.println("screenshot " + file.toAbsolutePath());
            pending--;
            exitWhenWritten();
        }).onFailure(e -> {
            System.err.println("steward: " + target + " was not written: " + UserMessages.sentence(e));
            pending--;
            exitWhenWritten();
        }));
    }

    private void exitWhenWritten() {
        if (finished && pending == 0) {
            System.out.println("screenshots " + written + " in " + dir.toAbsolutePath());
            System.out.flush();
            Platform.exit();
        }
    }

    private static void after(Duration delay, Runnable then) {
        PauseTransition wait = new PauseTransition(delay);
        wait.setOnFinished(e -> then.run());
        wait.play();
    }
}
