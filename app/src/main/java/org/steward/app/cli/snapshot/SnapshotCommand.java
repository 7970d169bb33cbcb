package org.steward.app.cli.snapshot;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code steward snapshot ...}: Snapshot votes computed locally, for scripts and other tools. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Snapshot off-chain voting: what a vote signs, and a local recount of a proposal's votes.",
        subcommands = {VoteDigestCommand.class, TallyCommand.class, ProposalsCommand.class})
public final class SnapshotCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
