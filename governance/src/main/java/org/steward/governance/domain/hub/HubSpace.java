package org.steward.governance.domain.hub;

import java.util.List;
import java.util.Objects;

/**
 * A Snapshot space as Steward shows it. {@code votingType} and {@code privacy} are the space's
 * defaults for new proposals; {@code flagCode} says why the hub flagged it (0 when it did not).
 */
public record HubSpace(String id, String name, String about, String network, String symbol,
                       List<HubStrategy> strategies, List<String> admins, List<String> moderators, List<String> members,
                       String votingType, String privacy, double quorum, int proposalsCount, int followersCount,
                       int votesCount, boolean verified, boolean flagged, int flagCode, long created) {

    public HubSpace {
        Objects.requireNonNull(id, "id");
        strategies = List.copyOf(strategies);
        admins = List.copyOf(admins);
        moderators = List.copyOf(moderators);
        members = List.copyOf(members);
    }
}
