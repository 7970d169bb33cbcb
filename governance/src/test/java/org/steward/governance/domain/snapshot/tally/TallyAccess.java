package org.steward.governance.domain.snapshot.tally;

import org.steward.governance.domain.snapshot.VotingType;

/** The package-private tally factory, for the governance fuzz test. */
public final class TallyAccess {

    private TallyAccess() {
    }

    public static TallyResult count(VotingType type, VoteSet votes) {
        return Tally.of(type).count(votes);
    }
}
