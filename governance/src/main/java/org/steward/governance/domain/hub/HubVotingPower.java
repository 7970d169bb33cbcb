package org.steward.governance.domain.hub;

import java.util.List;

/**
 * A voter's power in a space or on a proposal. {@code vpState} is {@code final} once the
 * proposal's snapshot block is settled, {@code pending} while it may still change.
 */
public record HubVotingPower(double vp, List<Double> vpByStrategy, String vpState) {

    public HubVotingPower {
        vpByStrategy = List.copyOf(vpByStrategy);
    }

    public boolean isFinal() {
        return "final".equals(vpState);
    }
}
