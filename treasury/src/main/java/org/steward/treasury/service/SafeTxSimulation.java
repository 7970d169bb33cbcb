package org.steward.treasury.service;

import org.steward.simulation.ReportText;
import org.steward.simulation.SimulationReport;
import org.steward.treasury.domain.risk.RiskFlag;

/**
 * A Safe transaction run on a private fork before it is signed: the report, or why there is none
 * (no anvil, an RPC that cannot be forked). Only a run that fails is a risk flag; a simulation that
 * could not run is said, never taken for a pass.
 */
public record SafeTxSimulation(SimulationReport report, String unavailable, String note) {

    public static SafeTxSimulation of(SimulationReport report, String note) {
        return new SafeTxSimulation(report, null, note);
    }

    public static SafeTxSimulation unavailable(String why) {
        return new SafeTxSimulation(null, why, null);
    }

    /** The review with a high-risk flag when the simulated run failed, so the typed unlock asks for it. */
    public SafeTxReview applyTo(SafeTxReview review) {
        if (report == null || report.success()) {
            return review;
        }
        return review.withFlag(new RiskFlag(RiskFlag.Code.SIMULATION_FAILED, RiskFlag.Severity.HIGH,
                "Simulated on a private fork of the chain, this transaction fails: " + report.revertReason() + "."));
    }

    /** The section the review shows under the decoded call. */
    public String section() {
        if (report == null) {
            return "Simulation: not available (" + unavailable + ").";
        }
        return "Simulation on a private fork (nothing sent):\n" + ReportText.write(report) + (note == null ? "" : "\nNote: " + note);
    }
}
