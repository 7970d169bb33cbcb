package org.steward.governance.service;

import java.util.List;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.hub.HubVotes;
import org.steward.governance.domain.hub.HubVotingPower;

/** What the proposals screen reads from a Snapshot hub. Blocking: called from background tasks. */
public interface SnapshotSource {

    /** The space's proposals, newest first, flagged ones included (the screen marks them). */
    List<HubProposal> proposals();

    /** One proposal with its Markdown body. */
    HubProposal proposal(String id);

    /** Every vote of the proposal, for the local recount, and the rows that were not readable votes. */
    HubVotes votes(String proposalId);

    /** The votes {@code voter} cast in the space, newest first. */
    List<HubVote> votesOf(String voter);

    /** {@code voter}'s power on one proposal ({@code vp} with its {@code vp_state}). */
    HubVotingPower votingPower(String voter, String proposalId);
}
