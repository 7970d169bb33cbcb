package org.steward.app.shell;

import java.util.Locale;
import java.util.Optional;

/** Where the main window was and how big, so the next start opens it there; the window's {@code WindowTracker} measures it. */
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
}
