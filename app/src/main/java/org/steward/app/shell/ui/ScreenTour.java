package org.steward.app.shell.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * For bench/installed-app.sh: with {@code -Dsteward.tour=exit} opens every screen in turn, giving
 * each a few seconds to load, then prints the process's resident memory ({@code rss-mb}) and quits.
 */
final class ScreenTour {

    static final String PROPERTY = "steward.tour";
    private static final Duration PER_SCREEN = Duration.seconds(4);

    private ScreenTour() {
    }

    static void installFromSystemProperty(ShellWindow window) {
        if (System.getProperty(PROPERTY) == null) {
            return;
        }
        visit(window, 0);
    }

    private static void visit(ShellWindow window, int index) {
        Screen[] screens = Screen.values();
        PauseTransition wait = new PauseTransition(PER_SCREEN);
        if (index < screens.length) {
            window.select(screens[index]);
            wait.setOnFinished(e -> visit(window, index + 1));
        } else {
            wait.setOnFinished(e -> {
                System.out.println("rss-mb " + residentMegabytes() + " screens " + screens.length);
                System.out.flush();
                Platform.exit();
            });
        }
        wait.play();
    }

    /** VmRSS from /proc (Linux): what the operating system counts, heap and native memory together. */
    private static long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
