package org.steward.app.cli.simulate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code steward simulate ...}: what a Safe transaction or a Governor proposal would do, run on a private fork. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Runs a Safe transaction or a Governor proposal on a private anvil fork of --rpc at its latest block and reports "
                + "what it does: success or the decoded revert, balance changes, events, changes to the DAO's contracts, gas.",
            "Nothing is sent to the network; the RPC is only read (see the README's Simulation section)."},
        subcommands = {SimulateSafeTxCommand.class, SimulateProposalCommand.class})
public final class SimulateCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
