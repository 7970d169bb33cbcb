package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.app.shell.DesktopLauncher;
import org.steward.app.shell.ShellContext;
import org.steward.core.UserFacingException;
import picocli.CommandLine;

/** {@code demo} opens the window it is handed, and checks for a display before it starts a devnet. */
class DesktopCommandsTest {

    private final StringWriter err = new StringWriter();

    private int run(CommandLine cli, String... args) {
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void demoAsksTheLauncherItIsHandedForADisplayBeforeStartingAnything() {
        List<String> asked = new ArrayList<>();
        DesktopLauncher headless = new DesktopLauncher() {
            @Override
            public void requireDisplay() {
                asked.add("display");
                throw new UserFacingException("No display here: this launcher stands for a machine without one.");
            }

            @Override
            public void open(ShellContext context, Optional<Path> screenshots) {
                asked.add("open");
            }
        };

        assertThat(run(StewardCommand.commandLine(headless), "demo")).isEqualTo(1);

        assertThat(asked).as("the display is checked first, and nothing opens without one").containsExactly("display");
        assertThat(err.toString().strip()).isEqualTo("steward: No display here: this launcher stands for a machine without one.");
    }

    @Test
    void aCommandLineBuiltWithoutTheWindowSaysSoForDemo() {
        assertThat(run(StewardCommand.commandLine(), "demo")).isEqualTo(1);

        assertThat(err.toString()).contains("built without the desktop window").doesNotContain("Exception");
    }
}
