package org.steward.app.cli.registry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code steward registry ...}: the model registry read from any RPC, without the GUI. */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = "The on-chain model registry: its models and its metrics, read from any RPC.",
        subcommands = {RegistryListCommand.class, RegistryMetricsCommand.class})
public final class RegistryCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
