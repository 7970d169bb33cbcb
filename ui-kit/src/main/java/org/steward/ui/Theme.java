package org.steward.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Arrays;
import java.util.Locale;
import javafx.application.Application;

/** Steward's two looks: AtlantaFX Primer light and dark, with {@code steward.css} on top. */
public enum Theme {
    LIGHT("light"),
    DARK("dark");

    private final String key;
    /** The look last applied, for a window rebuilt later (a profile switch) to open in it. */
    private static volatile Theme current = LIGHT;

    Theme(String key) {
        this.key = key;
    }

    /** The stable name stored in settings. */
    public String key() {
        return key;
    }

    /** The theme stored under {@code key}; an unknown or missing key falls back to light. */
    public static Theme fromKey(String key) {
        if (key == null) {
            return LIGHT;
        }
        String k = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.key.equals(k)).findFirst().orElse(LIGHT);
    }

    public static Theme current() {
        return current;
    }

    public boolean isDark() {
        return this == DARK;
    }

    /** Switches every window to this theme; call on the FX thread. */
    public void apply() {
        current = this;
        Application.setUserAgentStylesheet(isDark()
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }
}
