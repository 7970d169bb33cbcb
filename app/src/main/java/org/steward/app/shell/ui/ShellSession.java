package org.steward.app.shell.ui;

import javafx.stage.Stage;
import org.steward.core.net.DaoProfile;
import org.steward.ui.Theme;
import org.steward.app.shell.ShellContext;

/**
 * The main window across profile switches: switching closes every chain connection of the old
 * profile and builds a new shell on the same stage, history and devices. FX thread only.
 */
public final class ShellSession implements AutoCloseable {

    private ShellWindow window;

    private ShellSession() {
    }

    public static ShellSession open(Stage stage, ShellContext context, Theme theme) {
        ShellSession session = new ShellSession();
        session.window = ShellWindow.open(stage, context, theme, session::switchTo);
        return session;
    }

    /** Reopens the window on {@code profile}, in the look now applied. */
    public void switchTo(DaoProfile profile) {
        ShellContext old = window.context();
        Screen was = window.selected();
        window.closeKeepingDevices();
        window = ShellWindow.open(window.stage(), new ShellContext(profile, old.history(), old.demo(), old.devices()), Theme.current(), this::switchTo);
        if (profile.name().equals(old.profile().name()) && was != null) {
            // The same DAO rebuilt (another signing account, edited settings): stay where the person was.
            window.select(was);
        }
    }

    public ShellWindow window() {
        return window;
    }

    @Override
    public void close() {
        window.close();
    }
}
