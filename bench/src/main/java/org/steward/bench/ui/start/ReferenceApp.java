package org.steward.bench.ui.start;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The reference for bench/app-start.sh: the least a JavaFX window can be (one Label, default
 * theme, same size as Steward's). Reports the first pulse after showing exactly as Steward's
 * probe does, so the ratio isolates what Steward adds to JavaFX's own start-up.
 */
public final class ReferenceApp extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("Reference: one label")), 1280, 800);
        stage.setTitle("Reference");
        stage.setScene(scene);
        stage.show();
        Runnable probe = new Runnable() {
            @Override
            public void run() {
                System.out.println("first-frame-ms " + ManagementFactory.getRuntimeMXBean().getUptime());
                System.out.flush();
                Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                if ("exit".equals(System.getProperty("steward.startupProbe"))) {
                    Platform.runLater(Platform::exit);
                }
            }
        };
        scene.addPostLayoutPulseListener(probe);
    }
}
