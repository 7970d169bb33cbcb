package org.steward.app.cli.simulate;

import org.steward.app.cli.options.OptionValues;
import java.io.PrintWriter;
import java.math.BigInteger;
import org.steward.core.UserFacingException;
import org.steward.simulation.ReportText;
import org.steward.simulation.SimulationReport;
import org.steward.simulation.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code steward simulate proposal}: if this Governor proposal passes, what executing it through the Timelock does. */
@Command(name = "proposal", mixinStandardHelpOptions = true,
        description = {"Simulates a Governor proposal's actions as its Timelock executes them, on a private fork; "
                + "the actions are read from the proposal's ProposalCreated log.",
            "With --json the last line of stdout is {\"success\",\"revertReason\",\"gasUsed\",\"balanceChanges\",\"events\",\"stateChanges\","
                + "\"notes\",\"risks\"}; raw integers are decimal strings."})
final class SimulateProposalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--rpc", required = true, paramLabel = "URL", description = "JSON-RPC endpoint of the Governor's chain (only read).")
    String rpc;

    @Option(names = "--governor", required = true, paramLabel = "ADDR", description = "The Governor's address.")
    String governor;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "The proposal id (decimal, or 0x hex).")
    String id;

    @Option(names = "--json", description = "Print one JSON object on the last line.")
    boolean json;

    @Override
    public void run() {
        BigInteger proposalId = proposalId();
        SimulationReport report;
        try (Simulator simulator = new Simulator(CliArgs.url(rpc))) {
            report = simulator.proposal(OptionValues.address("--governor", governor), proposalId, CliArgs.context());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? ReportJson.write(report) : ReportText.write(report));
        out.flush();
    }

    private BigInteger proposalId() {
        String s = id.strip();
        try {
            BigInteger v = s.startsWith("0x") ? new BigInteger(s.substring(2), 16) : new BigInteger(s);
            if (v.signum() < 0 || v.bitLength() > 256) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UserFacingException("--id \"" + id + "\" is not a proposal id: give the uint256 id, in decimal or 0x hex.", e);
        }
    }
}
