package org.steward.governance.domain.hub;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.steward.core.UserFacingException;
import org.steward.governance.domain.snapshot.VotingType;

/**
 * A proposal as the hub reports it, results included. {@code body} is null when the proposal came
 * from a list query (which leaves the Markdown out); {@code scoresByStrategy} has one row per
 * choice and one column per strategy, as the hub's {@code scores_by_strategy}.
 */
public record HubProposal(String id, String ipfs, String space, String author, long created, String network,
                          String symbol, String type, List<HubStrategy> strategies, String title, String body,
                          String discussion, List<String> choices, long start, long end, double quorum,
                          String privacy, Long snapshot, ProposalState state, String link, String app,
                          List<Double> scores, List<List<Double>> scoresByStrategy, String scoresState,
                          double scoresTotal, int votes, boolean flagged, int flagCode) {

    public static final String SHUTTER = "shutter";

    public HubProposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        strategies = List.copyOf(strategies);
        choices = List.copyOf(choices);
        scores = List.copyOf(scores);
        scoresByStrategy = scoresByStrategy.stream().map(List::copyOf).toList();
    }

    /** The voting type, or empty for a type this version does not know (it can still be listed). */
    public Optional<VotingType> votingType() {
        try {
            return Optional.of(VotingType.fromId(type));
        } catch (UserFacingException unknown) {
            return Optional.empty();
        }
    }

    /** Votes on a Shutter proposal are encrypted until it closes. */
    public boolean shielded() {
        return SHUTTER.equals(privacy);
    }
}
