package org.steward.app.cli.simulate;

import org.steward.app.cli.options.OptionValues;
import java.io.PrintWriter;
import org.steward.core.UserFacingException;
import org.steward.simulation.SafeTxRequest;
import org.steward.simulation.ReportText;
import org.steward.simulation.SimulationReport;
import org.steward.simulation.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steward simulate safe-tx}: a Safe transaction, simulated as if its owners had signed it. */
@Command(name = "safe-tx", mixinStandardHelpOptions = true,
        description = {"Simulates a Safe transaction on a private fork. It need not be signed: the fork's owners approve its hash "
                + "as impersonated accounts, and the report says so.",
            "With --json the last line of stdout is {\"success\",\"revertReason\",\"gasUsed\",\"balanceChanges\",\"events\",\"stateChanges\","
                + "\"notes\",\"risks\"}; raw integers are decimal strings."})
final class SimulateSafeTxCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--rpc", required = true, paramLabel = "URL", description = "JSON-RPC endpoint of the Safe's chain (only read).")
    String rpc;

    @Option(names = "--safe", required = true, paramLabel = "ADDR", description = "The Safe's address.")
    String safe;

    @Option(names = "--to", required = true, paramLabel = "ADDR", description = "The transaction's target.")
    String to;

    @Option(names = "--value", defaultValue = "0", paramLabel = "WEI", description = "Ether sent, in wei (default 0).")
    String value;

    @Option(names = "--data", defaultValue = "0x", paramLabel = "HEX", description = "Call data, 0x-prefixed hex (default empty).")
    String data;

    @Option(names = "--operation", defaultValue = "0", paramLabel = "0|1", description = "0 call (default), 1 delegatecall.")
    int operation;

    @Option(names = "--json", description = "Print one JSON object on the last line.")
    boolean json;

    @Override
    public void run() {
        SafeTxRequest request = SafeTxRequest.unsigned(OptionValues.address("--safe", safe), OptionValues.address("--to", to),
                CliArgs.wei("--value", value), CliArgs.hex("--data", data), operationCode());
        SimulationReport report;
        try (Simulator simulator = new Simulator(CliArgs.url(rpc))) {
            report = simulator.safeTx(request, CliArgs.context());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? ReportJson.write(report) : ReportText.write(report));
        out.flush();
    }

    private int operationCode() {
        if (operation != 0 && operation != 1) {
            throw new UserFacingException("--operation " + operation + " does not exist: use 0 for a call or 1 for a delegatecall.");
        }
        return operation;
    }
}
