package org.steward.app.cli.safe;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code steward safe ...}: Safe multisig operations that need no GUI. */
@Command(name = "safe", mixinStandardHelpOptions = true,
        description = "Safe multisig: hashes computed locally, for comparison with what a hardware wallet shows, and a Safe's state read from the chain.",
        subcommands = {SafeTxHashCommand.class, SafeInfoCommand.class})
public final class SafeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
