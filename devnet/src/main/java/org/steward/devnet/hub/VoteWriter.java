package org.steward.devnet.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.steward.core.eth.Address;
import org.steward.governance.domain.hub.HubSpace;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.snapshot.SnapshotEnvelope;

/**
 * snapshot-sequencer's {@code writer/vote.ts}: a vote on a known proposal of the space, inside
 * its voting window, with a choice valid for its type and some voting power; then stored,
 * replacing the voter's earlier vote, and refused if the stored one is later.
 */
final class VoteWriter {

    record Result(String error, String ipfs) {
        static Result refused(String error) {
            return new Result(error, null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_METADATA = 2000;

    private final HubData data;
    private final Clock clock;

    VoteWriter(HubData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    Result write(String id, String kind, SnapshotEnvelope envelope, HubSpace space) {
        JsonNode message = envelope.data().get("message");
        if (message.path("metadata").isTextual() && message.get("metadata").asText().length() > MAX_METADATA) {
            return Result.refused("too large metadata");
        }
        if (!message.path("proposal").isTextual()) {
            return Result.refused("wrong vote format");
        }
        Optional<LoopbackProposal> found = data.proposal(message.get("proposal").asText()).filter(p -> p.space().equals(space.id()));
        if (found.isEmpty()) {
            return Result.refused("unknown proposal");
        }
        LoopbackProposal proposal = found.get();
        JsonNode choice = message.path("choice");
        if (kind.equals("vote-string") && !proposal.shielded()) {
            try {
                choice = JSON.readTree(choice.asText());
            } catch (JsonProcessingException notJson) {
                return Result.refused("invalid choice");
            }
        }
        long timestamp = message.get("timestamp").asLong();
        long now = clock.instant().getEpochSecond();
        if (timestamp > proposal.end() || proposal.start() > timestamp || now > proposal.end() || proposal.start() > now) {
            return Result.refused("not in voting window");
        }
        String reason = message.path("reason").asText("");
        if (proposal.shielded()) {
            if (!reason.isEmpty()) {
                return Result.refused("reason not allowed with shutter");
            }
            if (!choice.isTextual() || !choice.asText().startsWith("0x")) {
                return Result.refused("invalid choice");
            }
        } else if (!ChoiceValidity.isValid(proposal.type(), choice, proposal.choices().size())) {
            return Result.refused("invalid choice");
        }
        String voter = Address.parse(envelope.address()).checksummed();
        double[] power = data.votingPower(space.id(), voter);
        double vp = Arrays.stream(power).sum();
        if (vp == 0) {
            return Result.refused("no voting power");
        }
        Optional<HubVote> earlier = data.voteOf(proposal.id(), voter);
        if (earlier.isPresent()) {
            if (earlier.get().created() > timestamp) {
                return Result.refused("already voted at later time");
            }
            if (earlier.get().created() == timestamp && id.compareTo(earlier.get().id()) <= 0) {
                return Result.refused("already voted same time with lower index");
            }
        }
        String ipfs = Ids.cid(id);
        data.putVote(new HubVote(id, ipfs, voter, timestamp, proposal.id(), choice, reason,
                kebabCase(message.path("app").asText("")), vp, Arrays.stream(power).boxed().toList(), "final"));
        return new Result(null, ipfs);
    }

    /** lodash's kebabCase for the app names clients send: words split at case changes and punctuation. */
    static String kebabCase(String app) {
        String spaced = app.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[^A-Za-z0-9]+", " ").strip();
        return spaced.isEmpty() ? "" : spaced.toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
