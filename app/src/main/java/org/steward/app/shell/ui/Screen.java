package org.steward.app.shell.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The sidebar's entries, in order. The shell creates a screen the first time it is chosen and
 * keeps it; Ctrl+1..6 follow this order. {@link #id()} is the node id of the screen's root
 * and, prefixed with {@code nav-}, of its sidebar entry.
 */
public enum Screen {
    GOVERNANCE("governance", "Governance", Feather.CHECK_SQUARE),
    TREASURY("treasury", "Treasury", Feather.BRIEFCASE),
    REGISTRY("registry", "Registry", Feather.DATABASE),
    DEVICES("devices", "Devices", Feather.CPU),
    HISTORY("history", "History", Feather.CLOCK),
    SETTINGS("settings", "Settings", Feather.SETTINGS);

    private final String id;
    private final String title;
    private final Ikon icon;

    Screen(String id, String title, Ikon icon) {
        this.id = id;
        this.title = title;
        this.icon = icon;
    }

    public String id() {
        return id;
    }

    public String navId() {
        return "nav-" + id;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    /** 1-based position, the digit of its keyboard shortcut. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }
}
