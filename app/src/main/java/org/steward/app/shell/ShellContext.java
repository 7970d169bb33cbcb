package org.steward.app.shell;

import java.util.Objects;
import org.steward.app.devices.DeviceCatalog;
import org.steward.wallet.DeviceSessions;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;

/**
 * What the desktop shell is opened with: the DAO profile to show, the history store (already
 * open), whether this is the demo (devnet, simulated devices) and where signing devices come from
 * (USB, or the demo's simulators).
 */
public record ShellContext(DaoProfile profile, HistoryStore history, boolean demo, DeviceSessions devices) {

    public ShellContext {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(devices, "devices");
    }

    /** A context whose devices come from {@code catalog}, opened once through new sessions. */
    public ShellContext(DaoProfile profile, HistoryStore history, boolean demo, DeviceCatalog catalog) {
        this(profile, history, demo, new DeviceSessions(catalog));
    }

    /** "Steward — <profile>"; the demo says so in the title, so a screenshot can never pass for a real DAO. */
    public String windowTitle() {
        if (!demo) {
            return "Steward — " + profile.name();
        }
        return "Steward — " + profile.name() + " (" + (profile.network().local() ? "devnet, " : "") + "simulated devices)";
    }
}
