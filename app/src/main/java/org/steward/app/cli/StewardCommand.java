package org.steward.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.steward.app.shell.DesktopLauncher;
import org.steward.app.shell.ShellContext;
import org.steward.core.UserFacingException;
import org.steward.core.net.CommandDeadline;
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
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:Success.",
            "1:The command failed: stderr says why in one sentence.",
            "2:The command line is wrong (an unknown option, a missing or malformed argument)."},
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

    /** The command line without a desktop window (the command-line tests'): {@code gui} and {@code demo} say so. */
    public static CommandLine commandLine() {
        return commandLine(NO_DESKTOP);
    }

    /** The command line whose {@code gui} and {@code demo} open {@code desktop}. */
    public static CommandLine commandLine(DesktopLauncher desktop) {
        CommandLine cli = new CommandLine(new StewardCommand(), new WithDesktop(desktop));
        cli.setExecutionExceptionHandler(StewardCommand::handle);
        // colours would be escaped as outside text is; the help reads the same without them
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setExecutionStrategy(StewardCommand::executeGuarded);
        return cli;
    }

    /**
     * Runs the chosen command with stdout and stderr made terminal-safe, and turns an Error
     * (OutOfMemoryError, StackOverflowError) into an execution failure, which picocli would otherwise let through.
     */
    private static int executeGuarded(CommandLine.ParseResult parsed) {
        CommandLine root = parsed.commandSpec().root().commandLine();
        if (!(root.getOut() instanceof SafePrintWriter)) {
            root.setOut(new SafePrintWriter(root.getOut()));
        }
        if (!(root.getErr() instanceof SafePrintWriter)) {
            root.setErr(new SafePrintWriter(root.getErr()));
        }
        try (CommandDeadline.Scope deadline = networkCommand(parsed) ? CommandDeadline.start() : () -> { }) {
            return new CommandLine.RunLast().execute(parsed);
        } catch (Error e) {
            throw new CommandLine.ExecutionException(parsed.asCommandLineList().get(parsed.asCommandLineList().size() - 1),
                    e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Whether the chosen command talks to a node or a hub ({@code --rpc}, {@code --hub}): those run
     * under one overall {@link CommandDeadline}, so a server that answers each call just in time
     * cannot hold them. {@code gui} hands the process to the app, which has no such deadline.
     * {@code simulate} is one of them: its relay to the user's RPC and its calls to the local fork
     * both end at the deadline, and a fork call cut there names the fork and the RPC it reads.
     */
    static boolean networkCommand(CommandLine.ParseResult parsed) {
        List<CommandLine> chosen = parsed.asCommandLineList();
        CommandLine.Model.CommandSpec leaf = chosen.get(chosen.size() - 1).getCommandSpec();
        if (leaf.userObject() instanceof GuiCommand) {
            return false;
        }
        return leaf.findOption("--rpc") != null || leaf.findOption("--hub") != null;
    }

    /** A print writer whose text passes through {@link TerminalSafeWriter}. */
    static final class SafePrintWriter extends PrintWriter {
        SafePrintWriter(PrintWriter target) {
            super(new TerminalSafeWriter(target), true);
        }
    }

    public static int execute(DesktopLauncher desktop, String... args) {
        return commandLine(desktop).execute(args);
    }

    private static final DesktopLauncher NO_DESKTOP = new DesktopLauncher() {
        @Override
        public void requireDisplay() {
            throw new UserFacingException("This command line was built without the desktop window: start Steward with org.steward.app.Main.");
        }

        @Override
        public void open(ShellContext context, Optional<java.nio.file.Path> screenshots) {
            requireDisplay();
        }
    };

    /** Builds the commands; {@code gui} and {@code demo} get the desktop window they open. */
    private record WithDesktop(DesktopLauncher desktop) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == GuiCommand.class) {
                return type.cast(new GuiCommand(desktop));
            }
            if (type == DemoCommand.class) {
                return type.cast(new DemoCommand(desktop));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        err.println("steward: " + CliFailure.sentence(e));
        err.flush();
        return 1;
    }
}
