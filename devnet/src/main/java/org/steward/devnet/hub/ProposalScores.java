package org.steward.devnet.hub;

import java.util.Collection;
import org.steward.governance.domain.hub.HubRecount;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.snapshot.tally.TallyResult;

/**
 * The hub's {@code scores} of a proposal, counted by the same tally classes and the same votes
 * reader as Steward's local recount, so that the demo hub always agrees with a recount of its votes.
 */
final class ProposalScores {

    private ProposalScores() {
    }

    static TallyResult count(LoopbackProposal proposal, int strategyCount, Collection<HubVote> votes) {
        return HubRecount.count(proposal.type(), proposal.choices(), strategyCount, votes);
    }
}
