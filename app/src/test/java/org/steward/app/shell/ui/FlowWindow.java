package org.steward.app.shell.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Optional;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.steward.app.devices.DeviceCatalog;
import org.steward.app.shell.ShellContext;
import org.steward.core.history.DaoProfiles;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;
import org.steward.devnet.Devnet;
import org.steward.ui.Theme;
import org.testfx.api.FxRobot;

/**
 * A flow test's window, opened as the app opens one: the demo DAO on the test's devnet, saved as the
 * active profile of a fresh history, on the given devices. Closing it also closes every prompt or
 * dialog a failed step left open, so nothing stays over the next test's window.
 */
final class FlowWindow {

    private final Stage primary;
    private final HistoryStore history;
    private final ShellSession session;

    private FlowWindow(Stage primary, HistoryStore history, ShellSession session) {
        this.primary = primary;
        this.history = history;
        this.session = session;
    }

    /** @param name the temporary folder's prefix, naming the test in a leftover directory */
    static FlowWindow open(Stage stage, Devnet devnet, String name, DeviceCatalog devices) throws IOException {
        HistoryStore history = DemoShell.freshHistory(name);
        DaoProfile profile = DemoShell.profile(devnet);
        DaoProfiles profiles = new DaoProfiles(history);
        profiles.save(profile, Optional.empty());
        profiles.setActive(profile.name());
        return new FlowWindow(stage, history, ShellSession.open(stage, new ShellContext(profile, history, true, devices), Theme.LIGHT));
    }

    ShellSession session() {
        return session;
    }

    HistoryStore history() {
        return history;
    }

    Stage stage() {
        return primary;
    }

    void close(FxRobot robot) {
        robot.interact(session::close);
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w != primary && w instanceof Stage).forEach(w -> ((Stage) w).close()));
        history.close();
    }
}
