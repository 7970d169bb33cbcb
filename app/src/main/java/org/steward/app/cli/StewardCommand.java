package org.steward.app.cli;

import java.io.PrintWriter;
import org.steward.core.UserFacingException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root of the {@code steward} command line. Subcommands share the services the GUI uses;
 * with {@code --json} the last line of stdout is one JSON object (the stable contract).
 * User-facing failures print one sentence on stderr and exit 1, never a stack trace.
 */
@Command(name = "steward",
        mixinStandardHelpOptions = true,
        // Every subcommand, present and future, answers --help and --version.
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Steward: governance, treasury and model registry of a DAO, signed on hardware wallets.",
        subcommands = {
            CommandLine.HelpCommand.class,
            DemoCommand.class,
            GuiCommand.class,
            DevnetCommand.class,
            org.steward.app.cli.safe.SafeCommand.class,
            org.steward.app.cli.snapshot.SnapshotCommand.class,
            org.steward.app.cli.device.DeviceCommand.class,
            org.steward.app.cli.registry.RegistryCommand.class,
            org.steward.app.cli.simulate.SimulateCommand.class,
        })
public final class StewardCommand implements Runnable {

    /** Returned by a subcommand that handed the main thread to a long-running service (the GUI). */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new StewardCommand());
        cli.setExecutionExceptionHandler(StewardCommand::handle);
        return cli;
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        Throwable t = e;
        while (t != null && !(t instanceof UserFacingException) && !(t instanceof IllegalArgumentException) && t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        if (t instanceof UserFacingException || t instanceof IllegalArgumentException) {
            err.println("steward: " + t.getMessage());
        } else {
            err.println("steward: unexpected error (" + e + "); please report it with the command you ran.");
        }
        err.flush();
        return 1;
    }
}
