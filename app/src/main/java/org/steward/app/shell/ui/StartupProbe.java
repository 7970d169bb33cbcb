package org.steward.app.shell.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For bench/app-start.sh: with {@code -Dsteward.startupProbe} prints {@code first-frame-ms <ms since
 * JVM start>} at the first pulse after the window is shown; with {@code =exit} it then quits.
 */
final class StartupProbe {

    static final String PROPERTY = "steward.startupProbe";

    private StartupProbe() {
    }

    static void installFromSystemProperty(Scene scene) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        Runnable probe = new Runnable() {
            @Override
            public void run() {
                System.out.println("first-frame-ms " + ManagementFactory.getRuntimeMXBean().getUptime());
                System.out.flush();
                // The scene is iterating its pulse listeners right now: unregister after this pulse.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                if ("exit".equals(mode)) {
                    Platform.runLater(Platform::exit);
                }
            }
        };
        scene.addPostLayoutPulseListener(probe);
    }
}
