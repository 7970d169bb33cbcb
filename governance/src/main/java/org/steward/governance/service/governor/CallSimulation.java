package org.steward.governance.service.governor;

import java.util.List;
import org.steward.core.UserFacingException;
import org.steward.core.chain.PreparedCall;
import org.steward.core.eth.Address;
import org.steward.simulation.ProposalActions;
import org.steward.simulation.ReportText;
import org.steward.simulation.SimulationContext;
import org.steward.simulation.Simulator;

/** A prepared call run from the signer's account on a private fork, said for the review; a simulation that cannot run says why. */
public final class CallSimulation {

    private CallSimulation() {
    }

    public static String describe(Simulator simulator, Address from, PreparedCall call, SimulationContext ctx) {
        try {
            return "Simulated on a private fork (nothing sent):\n"
                    + ReportText.write(simulator.calls(from, List.of(new ProposalActions.Action(call.to(), call.value(), call.data())), ctx));
        } catch (UserFacingException e) {
            return "Simulation: not available (" + e.getMessage() + ").";
        }
    }
}
