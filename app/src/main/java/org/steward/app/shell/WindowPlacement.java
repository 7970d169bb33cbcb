package org.steward.app.shell;

import java.util.Locale;
import java.util.Optional;
import javafx.stage.Stage;

/** Where the main window was and how big, so the next start opens it there. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    public String encode() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized);
    }

    public static Optional<WindowPlacement> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] p = text.split(",");
        try {
            WindowPlacement w = new WindowPlacement(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]),
                    Double.parseDouble(p[3]), Boolean.parseBoolean(p[4]));
            return w.width() >= 200 && w.height() >= 150 ? Optional.of(w) : Optional.empty();
        } catch (RuntimeException malformed) {
            // a setting from another version or edited by hand: open at the default place instead
            return Optional.empty();
        }
    }

    /**
     * Follows {@code stage} while it is shown. A maximized, iconified or full-screen window reports
     * the screen's size (or nothing useful), so only the normal bounds are kept, with the maximized
     * flag beside them: a window closed maximized reopens maximized and, once restored, at the size
     * it had before.
     */
    public static Tracker track(Stage stage) {
        Tracker tracker = new Tracker(stage);
        javafx.beans.InvalidationListener follow = o -> tracker.remember();
        stage.xProperty().addListener(follow);
        stage.yProperty().addListener(follow);
        stage.widthProperty().addListener(follow);
        stage.heightProperty().addListener(follow);
        stage.maximizedProperty().addListener(follow);
        stage.iconifiedProperty().addListener(follow);
        stage.fullScreenProperty().addListener(follow);
        return tracker;
    }

    /** The last normal bounds of a stage and whether it is maximized now. */
    public static final class Tracker {

        private final Stage stage;
        private WindowPlacement normal;

        private Tracker(Stage stage) {
            this.stage = stage;
            remember();
        }

        private void remember() {
            boolean usable = stage.getWidth() > 0 && stage.getHeight() > 0
                    && !Double.isNaN(stage.getX()) && !Double.isNaN(stage.getY());
            if (usable && !stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                normal = new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        }

        /** Where the window is to reopen: its normal bounds and whether it was maximized. */
        public WindowPlacement current() {
            WindowPlacement base = normal != null ? normal
                    : new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            return new WindowPlacement(base.x(), base.y(), base.width(), base.height(), stage.isMaximized());
        }
    }
}
