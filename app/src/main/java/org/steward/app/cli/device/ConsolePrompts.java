package org.steward.app.cli.device;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Optional;
import org.steward.core.sign.DevicePrompts;

/**
 * Device prompts on a terminal: what to check on the device goes to stderr (stdout keeps the
 * JSON contract); the PIN is typed as matrix positions when a console is attached.
 */
final class ConsolePrompts implements DevicePrompts {

    private final PrintWriter err;

    ConsolePrompts(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void confirmOnDevice(String whatTheDeviceShows) {
        err.println("Check and confirm on the device: " + whatTheDeviceShows);
        err.flush();
    }

    @Override
    public Optional<String> pinMatrix() {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        err.println("The device shows a scrambled PIN matrix. Type the positions of your PIN digits, keypad layout:");
        err.println("  7 8 9\n  4 5 6\n  1 2 3");
        err.flush();
        char[] typed = console.readPassword("PIN positions: ");
        return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(new String(typed));
    }
}
