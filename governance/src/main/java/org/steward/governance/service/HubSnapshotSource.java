package org.steward.governance.service;

import java.util.ArrayList;
import java.util.List;
import org.steward.core.UserFacingException;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.hub.HubVotes;
import org.steward.governance.domain.hub.HubVotingPower;

/** The proposals screen's data from a Snapshot hub, for one space. */
public final class HubSnapshotSource implements SnapshotSource {

    /** The hub pages by skip up to 5000; a screen that shows this many is already a long read. */
    private static final int MAX_PROPOSALS = 1000;

    private final SnapshotHubClient hub;
    private final String space;

    public HubSnapshotSource(SnapshotHubClient hub, String space) {
        this.hub = hub;
        this.space = space;
    }

    @Override
    public List<HubProposal> proposals() {
        List<HubProposal> all = new ArrayList<>();
        ProposalQuery page = ProposalQuery.firstPage(space).withFlagged(true);
        while (true) {
            List<HubProposal> got = hub.proposals(page);
            all.addAll(got);
            if (got.size() < page.first() || all.size() >= MAX_PROPOSALS) {
                return all;
            }
            page = page.next();
        }
    }

    @Override
    public HubProposal proposal(String id) {
        return hub.proposal(id).orElseThrow(() -> new UserFacingException("The hub no longer has proposal " + id + ": it may have been deleted."));
    }

    @Override
    public HubVotes votes(String proposalId) {
        return hub.voteRead(proposalId);
    }

    @Override
    public List<HubVote> votesOf(String voter) {
        return hub.votesOf(voter, space);
    }

    @Override
    public HubVotingPower votingPower(String voter, String proposalId) {
        return hub.votingPower(voter, space, proposalId);
    }
}
