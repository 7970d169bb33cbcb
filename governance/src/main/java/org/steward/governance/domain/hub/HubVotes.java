package org.steward.governance.domain.hub;

import java.util.List;

/**
 * A proposal's votes as the hub listed them, and the rows it sent that could not be read as votes,
 * each named with why: one bad row is a bad item and hides no other vote.
 */
public record HubVotes(List<HubVote> votes, List<String> unreadable) {

    public HubVotes {
        votes = List.copyOf(votes);
        unreadable = List.copyOf(unreadable);
    }
}
