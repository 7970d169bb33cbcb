package org.steward.governance.service;

import java.util.Objects;
import org.steward.core.UserFacingException;
import org.steward.governance.domain.hub.ProposalState;

/**
 * One page of a space's proposals, newest first. {@code state} null means every state; flagged
 * (spam) proposals are left out unless {@code includeFlagged}, and when included carry their flagCode.
 */
public record ProposalQuery(String space, ProposalState state, boolean includeFlagged, int first, int skip) {

    /** The hub refuses more than 1000 rows per page and skips beyond 5000. */
    public static final int MAX_FIRST = 1000;
    public static final int MAX_SKIP = 5000;

    public ProposalQuery {
        Objects.requireNonNull(space, "space");
        if (first < 1 || first > MAX_FIRST) {
            throw new UserFacingException("A page holds 1 to " + MAX_FIRST + " proposals, not " + first + ".");
        }
        if (skip < 0 || skip > MAX_SKIP) {
            throw new UserFacingException("The hub skips at most " + MAX_SKIP + " proposals; narrow the list by state instead.");
        }
    }

    public static ProposalQuery firstPage(String space) {
        return new ProposalQuery(space, null, false, 100, 0);
    }

    public ProposalQuery next() {
        return new ProposalQuery(space, state, includeFlagged, first, skip + first);
    }

    public ProposalQuery withState(ProposalState newState) {
        return new ProposalQuery(space, newState, includeFlagged, first, skip);
    }

    public ProposalQuery withFlagged(boolean include) {
        return new ProposalQuery(space, state, include, first, skip);
    }
}
