package org.steward.devnet.hub;

import java.util.List;
import java.util.Objects;
import org.steward.governance.domain.snapshot.VotingType;

/**
 * What a proposal author fixed when creating a proposal on the loopback hub; its votes and
 * scores live in {@link HubData}. {@code privacy} is {@code "shutter"} or empty.
 */
public record LoopbackProposal(String id, String space, String author, long created, VotingType type, String title,
                               String body, List<String> choices, long start, long end, String privacy, long snapshot,
                               boolean flagged, int flagCode) {

    public LoopbackProposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
        privacy = privacy == null ? "" : privacy;
        if (end <= start) {
            throw new IllegalArgumentException("proposal " + id + " ends before it starts");
        }
    }

    public boolean shielded() {
        return "shutter".equals(privacy);
    }
}
