package org.steward.app;

import org.steward.app.cli.StewardCommand;

/** Entry point of the {@code steward} command and the desktop app (kept apart from the JavaFX Application class). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = StewardCommand.execute(args);
        if (code != StewardCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
