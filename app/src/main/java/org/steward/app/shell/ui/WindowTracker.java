package org.steward.app.shell.ui;

import javafx.beans.InvalidationListener;
import javafx.stage.Stage;
import org.steward.app.shell.WindowPlacement;

/**
 * Follows a stage while it is shown. A maximized, iconified or full-screen window reports the
 * screen's size (or nothing useful), so only the normal bounds are kept, with the maximized flag
 * beside them: a window closed maximized reopens maximized and, once restored, at the size it had
 * before.
 */
final class WindowTracker {

    private final Stage stage;
    private WindowPlacement normal;

    private WindowTracker(Stage stage) {
        this.stage = stage;
        remember();
    }

    static WindowTracker track(Stage stage) {
        WindowTracker tracker = new WindowTracker(stage);
        InvalidationListener follow = o -> tracker.remember();
        stage.xProperty().addListener(follow);
        stage.yProperty().addListener(follow);
        stage.widthProperty().addListener(follow);
        stage.heightProperty().addListener(follow);
        stage.maximizedProperty().addListener(follow);
        stage.iconifiedProperty().addListener(follow);
        stage.fullScreenProperty().addListener(follow);
        return tracker;
    }

    private void remember() {
        boolean usable = stage.getWidth() > 0 && stage.getHeight() > 0
                && !Double.isNaN(stage.getX()) && !Double.isNaN(stage.getY());
        if (usable && !stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
            normal = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    /** Where the window is to reopen: its normal bounds and whether it was maximized. */
    WindowPlacement current() {
        WindowPlacement base = normal != null ? normal
                : new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        return new WindowPlacement(base.x(), base.y(), base.width(), base.height(), stage.isMaximized());
    }
}
