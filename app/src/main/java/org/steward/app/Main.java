package org.steward.app;

import org.steward.app.cli.StewardCommand;
import org.steward.app.shell.ui.Desktop;

/**
 * Entry point of the {@code steward} command and the desktop app (kept apart from the JavaFX
 * Application class): the one place that hands the toolkit-free command line its JavaFX window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = StewardCommand.execute(new Desktop(), args);
        if (code != StewardCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
