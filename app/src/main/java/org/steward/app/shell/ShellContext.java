package org.steward.app.shell;

import java.util.Objects;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;

/**
 * What the desktop shell is opened with: the DAO profile to show, the history store (already
 * open), whether this is the demo (devnet, simulated devices) and the device line shown until the
 * device layer reports live discovery.
 */
public record ShellContext(DaoProfile profile, HistoryStore history, boolean demo, String deviceLabel) {

    public ShellContext {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(deviceLabel, "deviceLabel");
    }

    /** "Steward — <profile>", or the demo's fixed title so a screenshot can never pass for a real DAO. */
    public String windowTitle() {
        return demo ? "Steward — Demo DAO (devnet, simulated devices)" : "Steward — " + profile.name();
    }
}
