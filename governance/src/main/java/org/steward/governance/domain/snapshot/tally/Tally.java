package org.steward.governance.domain.snapshot.tally;

import org.steward.governance.domain.snapshot.VotingType;

/**
 * A recount of one voting type, equal to snapshot.js's {@code src/voting} class for that type:
 * same validity rules, same arithmetic in the same order, so results agree to the last bit except
 * where JavaScript's own float sums differ by summation order (weighted, quadratic weight sums).
 */
public interface Tally {

    TallyResult count(VoteSet votes);

    static Tally of(VotingType type) {
        return switch (type) {
            case SINGLE_CHOICE, BASIC -> new SingleChoiceTally();
            case APPROVAL -> new ApprovalTally();
            case QUADRATIC -> new QuadraticTally();
            case RANKED_CHOICE -> new RankedChoiceTally();
            case WEIGHTED -> new WeightedTally();
            case COPELAND -> new CopelandTally();
        };
    }
}
