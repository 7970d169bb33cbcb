package org.steward.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.steward.app.shell.WindowPlacement;

/** The window reopens as it was left: restored after the scene is set, and remembered by its normal bounds. */
@ExtendWith(ApplicationExtension.class)
class WindowPlacementUiTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // as the shell does: a scene of its own default size, shown, then the saved place applied
        stage.setScene(new Scene(new Pane(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void back(FxRobot robot) {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }

    @Test
    void aSavedPlaceIsRestoredOverTheScenesDefaultSize(FxRobot robot) {
        robot.interact(() -> StewardApp.place(stage, new WindowPlacement(40, 30, 1100, 720, false)));
        assertThat(stage.getWidth()).isEqualTo(1100);
        assertThat(stage.getHeight()).isEqualTo(720);
        assertThat(stage.getX()).isEqualTo(40);
    }

    @Test
    void aMaximizedWindowIsRememberedWithItsNormalSize(FxRobot robot) {
        AtomicReference<WindowTracker> tracker = new AtomicReference<>();
        robot.interact(() -> {
            tracker.set(WindowTracker.track(stage));
            stage.setX(20);
            stage.setY(10);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        assertThat(tracker.get().current()).isEqualTo(new WindowPlacement(20, 10, 1000, 700, false));

        robot.interact(() -> stage.setMaximized(true));
        WindowPlacement closed = tracker.get().current();
        assertThat(closed.maximized()).isTrue();
        assertThat(closed.width()).as("the size to come back to once un-maximized, not the screen's").isEqualTo(1000);
        assertThat(WindowPlacement.decode(closed.encode())).contains(closed);
    }
}
