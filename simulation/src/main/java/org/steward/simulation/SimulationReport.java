package org.steward.simulation;

import java.math.BigInteger;
import java.util.List;
import org.steward.simulation.report.BalanceChange;
import org.steward.simulation.report.DecodedEvent;
import org.steward.simulation.report.StateChange;

/**
 * What a simulated run did on a private fork.
 *
 * @param success      the run went through (for a Safe transaction: the inner call too)
 * @param revertReason why it did not, decoded (null on success)
 * @param gasUsed      gas of the executing transaction(s), setup (approvals) excluded
 * @param notes        how it was simulated, e.g. that signatures were stood in for by impersonated owners
 * @param risks        high-risk findings (a failed run, a delegatecall to an untrusted address)
 * @param forkBlock    the source chain's block the fork was taken at
 */
public record SimulationReport(boolean success, String revertReason, BigInteger gasUsed,
                               List<BalanceChange> balanceChanges, List<DecodedEvent> events, List<StateChange> stateChanges,
                               List<String> notes, List<String> risks, long forkBlock) {

    public SimulationReport {
        balanceChanges = List.copyOf(balanceChanges);
        events = List.copyOf(events);
        stateChanges = List.copyOf(stateChanges);
        notes = List.copyOf(notes);
        risks = List.copyOf(risks);
    }

    /** The same report with one more note at the end. */
    public SimulationReport withNote(String note) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.add(note);
        return new SimulationReport(success, revertReason, gasUsed, balanceChanges, events, stateChanges, all, risks, forkBlock);
    }

    /** A failed simulation or a high-risk finding: the Safe's typed unlock must ask for it. */
    public boolean highRisk() {
        return !success || !risks.isEmpty();
    }
}
