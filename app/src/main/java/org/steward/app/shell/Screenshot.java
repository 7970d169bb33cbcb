package org.steward.app.shell;

import java.io.File;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.steward.app.shell.StatusBarViewModel.ChainState;
import org.steward.core.task.BackgroundTask;
import org.steward.ui.UserMessages;

/**
 * For the README: with {@code -Dsteward.screenshot=<file.png>} writes a PNG of the window once
 * the status bar shows a block number (or after {@link #GIVE_UP}) and quits.
 */
final class Screenshot {

    static final String PROPERTY = "steward.screenshot";
    /** Which screen to photograph (a {@link Screen#id()}); the first screen when absent. */
    static final String SCREEN_PROPERTY = "steward.screenshot.screen";
    /** With "true", the notifications drawer is open in the picture. */
    static final String NOTIFICATIONS_PROPERTY = "steward.screenshot.notifications";
    /** How long a screen that loads on its own (the registry table) gets before the picture. */
    private static final Duration LOADING_SCREEN = Duration.seconds(6);
    static final Duration GIVE_UP = Duration.seconds(10);
    /** Lets the frame that shows the new block settle (icons, layout) before it is captured. */
    private static final Duration SETTLE = Duration.millis(400);

    private final ShellWindow window;
    private final File target;
    private boolean taken;

    private Screenshot(ShellWindow window, File target) {
        this.window = window;
        this.target = target;
    }

    static void installFromSystemProperty(ShellWindow window) {
        String path = System.getProperty(PROPERTY);
        if (path == null || path.isBlank()) {
            return;
        }
        Screenshot shot = new Screenshot(window, new File(path));
        String screenId = System.getProperty(SCREEN_PROPERTY);
        Duration settle = SETTLE;
        if (screenId != null && !screenId.isBlank()) {
            Screen screen = java.util.Arrays.stream(Screen.values()).filter(s -> s.id().equals(screenId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no screen \"" + screenId + "\"; screens: "
                            + java.util.Arrays.stream(Screen.values()).map(Screen::id).toList()));
            window.select(screen);
            settle = LOADING_SCREEN;
        }
        if (Boolean.getBoolean(NOTIFICATIONS_PROPERTY)) {
            window.toggleNotifications();
            settle = LOADING_SCREEN;
        }
        Duration wait = settle;
        window.chainStateProperty().addListener((obs, before, now) -> {
            if (now == ChainState.LIVE) {
                shot.after(wait);
            }
        });
        shot.after(GIVE_UP);
    }

    private void after(Duration delay) {
        PauseTransition wait = new PauseTransition(delay);
        wait.setOnFinished(e -> take());
        wait.play();
    }

    private void take() {
        if (taken) {
            return;
        }
        taken = true;
        Scene scene = window.stage().getScene();
        WritableImage image = scene.snapshot(null);
        window.runner().run(BackgroundTask.of("Write the screenshot", progress -> {
            File dir = target.getAbsoluteFile().getParentFile();
            if (dir != null && !dir.isDirectory() && !dir.mkdirs()) {
                throw new java.io.IOException("cannot create " + dir);
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target);
            return target;
        }).onSuccess(file -> {
            System.out.println("screenshot " + file.getAbsolutePath());
            Platform.exit();
        }).onFailure(e -> {
            System.err.println("steward: the screenshot was not written: " + UserMessages.sentence(e));
            Platform.exit();
        }));
    }
}
