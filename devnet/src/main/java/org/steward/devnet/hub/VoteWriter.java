package org.steward.devnet.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.steward.core.eth.Address;
import org.steward.governance.domain.hub.HubSpace;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.snapshot.SnapshotEnvelope;

/**
 * The vote half of snapshot-sequencer at commit 5cb3d25: {@code src/ingestor.ts} builds the
 * payload {@code {proposal, choice, reason, app, metadata}} and {@code src/writer/vote.ts}
 * checks it against snapshot.js's {@code schemas/vote.json}, then wants a known proposal of the
 * space, inside its voting window, with a choice valid for its type and some voting power; then
 * stores it, replacing the voter's earlier vote, and refuses it if the stored one is later.
 */
final class VoteWriter {

    record Result(String error, String ipfs) {
        static Result refused(String error) {
            return new Result(error, null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_METADATA = 2000;
    /** schemas/vote.json's maxLength for {@code reason} (ajv counts code points). */
    private static final int MAX_REASON = 5000;
    /** schemas/vote.json's maxLength for {@code app}, 24 since the sequencer's 0c82c4e (2024-12-07) left the check to the schema. */
    private static final int MAX_APP = 24;

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
        JsonNode choice = message.path("choice");
        if (kind.equals("vote-string")) {
            Optional<LoopbackProposal> proposal = proposalOf(message, space);
            if (proposal.isEmpty()) {
                return Result.refused("unknown proposal");
            }
            if (!proposal.get().shielded()) {
                try {
                    choice = JSON.readTree(choice.asText());
                } catch (JsonProcessingException notJson) {
                    return Result.refused("invalid choice");
                }
            }
        }
        JsonNode reason = orEmpty(message.get("reason"));
        JsonNode app = orEmpty(message.get("app"));
        if (!wellFormed(message.get("proposal"), choice, reason, app, metadata(message.get("metadata")))) {
            return Result.refused("wrong vote format");
        }
        Optional<LoopbackProposal> found = proposalOf(message, space);
        if (found.isEmpty()) {
            return Result.refused("unknown proposal");
        }
        LoopbackProposal proposal = found.get();
        long timestamp = message.get("timestamp").asLong();
        long now = clock.instant().getEpochSecond();
        if (timestamp > proposal.end() || proposal.start() > timestamp || now > proposal.end() || proposal.start() > now) {
            return Result.refused("not in voting window");
        }
        if (proposal.shielded()) {
            if (!reason.asText().isEmpty()) {
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
        // The app is stored as sent: the sequencer stopped kebab-casing it in 0c82c4e.
        data.putVote(new HubVote(id, ipfs, voter, timestamp, proposal.id(), choice, reason.asText(),
                app.asText(), vp, Arrays.stream(power).boxed().toList(), "final"));
        return new Result(null, ipfs);
    }

    private Optional<LoopbackProposal> proposalOf(JsonNode message, HubSpace space) {
        JsonNode id = message.get("proposal");
        return id == null || !id.isTextual() ? Optional.empty() : data.proposal(id.asText()).filter(p -> p.space().equals(space.id()));
    }

    /** vote.json: proposal a string, choice any JSON value but null, reason and app bounded strings, metadata an object. */
    private static boolean wellFormed(JsonNode proposal, JsonNode choice, JsonNode reason, JsonNode app, JsonNode metadata) {
        return proposal != null && proposal.isTextual()
                && choice != null && !choice.isMissingNode() && !choice.isNull()
                && reason.isTextual() && codePoints(reason) <= MAX_REASON
                && app.isTextual() && codePoints(app) <= MAX_APP
                && metadata.isObject();
    }

    /** JavaScript's {@code value || ''}: absent, null, false, 0 and "" all become "". */
    private static JsonNode orEmpty(JsonNode value) {
        boolean falsy = value == null || value.isNull() || (value.isBoolean() && !value.asBoolean())
                || (value.isNumber() && value.asDouble() == 0) || (value.isTextual() && value.asText().isEmpty());
        return falsy ? JSON.getNodeFactory().textNode("") : value;
    }

    /** The sequencer's {@code jsonParse(metadata, {})}: the parsed string, or an empty object when it is not JSON. */
    private static JsonNode metadata(JsonNode metadata) {
        if (metadata == null || metadata.isNull()) {
            return metadata == null ? JSON.createObjectNode() : metadata;
        }
        try {
            JsonNode parsed = JSON.readTree(metadata.isTextual() ? metadata.asText() : metadata.toString());
            return parsed == null || parsed.isMissingNode() ? JSON.createObjectNode() : parsed;
        } catch (JsonProcessingException notJson) {
            return JSON.createObjectNode();
        }
    }

    private static int codePoints(JsonNode text) {
        String s = text.asText();
        return s.codePointCount(0, s.length());
    }
}
