package org.steward.governance.domain.snapshot;

import java.util.Objects;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Address;

/**
 * The fields of a Snapshot vote message, before signing. {@code reason}, {@code app} and
 * {@code metadata} default as snapshot.js's Client712 defaults them ({@code ""}, {@code ""},
 * {@code "{}"}) so that a vote built here signs the same bytes as one built there.
 */
public record SnapshotVote(Address from, String space, long timestamp, String proposal, VotingType type,
                           VoteChoice choice, String reason, String app, String metadata) {

    public SnapshotVote {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(choice, "choice");
        if (space == null || space.isBlank()) {
            throw new UserFacingException("The vote has no space: give the space id, e.g. ens.eth.");
        }
        if (proposal == null || proposal.isBlank() || proposal.chars().anyMatch(Character::isWhitespace)) {
            throw new UserFacingException("The proposal id \"" + proposal + "\" is empty or contains spaces: copy it again from the proposal page.");
        }
        if (timestamp < 0) {
            throw new UserFacingException("The timestamp " + timestamp + " is negative: give Unix seconds.");
        }
        if (!(choice instanceof VoteChoice.Encrypted) && !fits(type, choice)) {
            throw new UserFacingException("A " + type.id() + " vote cannot carry the choice " + choice + ".");
        }
        reason = reason == null ? "" : reason;
        app = app == null ? "" : app;
        metadata = metadata == null || metadata.isEmpty() ? "{}" : metadata;
    }

    /** The EIP-712 type of {@code choice}: a Shutter ciphertext is always a string. */
    public VotingType.ChoiceEncoding encoding() {
        return choice instanceof VoteChoice.Encrypted ? VotingType.ChoiceEncoding.JSON_STRING : type.encoding();
    }

    private static boolean fits(VotingType type, VoteChoice choice) {
        return switch (type.encoding()) {
            case UINT32 -> choice instanceof VoteChoice.Single;
            case UINT32_ARRAY -> choice instanceof VoteChoice.Ranking;
            case JSON_STRING -> choice instanceof VoteChoice.Weights;
        };
    }
}
