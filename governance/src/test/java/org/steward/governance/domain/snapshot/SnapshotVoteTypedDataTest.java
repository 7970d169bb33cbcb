package org.steward.governance.domain.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.steward.core.eth.Address;

/**
 * Checks the typed data against snapshot.js: the sequencer's types whitelist, and envelopes that
 * snapshot.js's Client712.vote() itself produced and signed (see resources/snapshot/SOURCES.md).
 */
class SnapshotVoteTypedDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(VotingType.ChoiceEncoding.class)
    void typesHashIsOnTheSequencerWhitelistAsAVoteType(VotingType.ChoiceEncoding encoding) throws IOException {
        JsonNode whitelist = resource("sign/hashedTypes.json");
        String expectedKind = switch (encoding) {
            case UINT32 -> "vote";
            case UINT32_ARRAY -> "vote-array";
            case JSON_STRING -> "vote-string";
        };

        String hash = SnapshotVoteTypedData.typesSha256(encoding);

        assertThat(whitelist.path(hash).asText()).as("whitelist entry for " + hash).isEqualTo(expectedKind);
    }

    static Stream<JsonNode> client712Vectors() throws IOException {
        List<JsonNode> vectors = new ArrayList<>();
        resource("sign/client712-votes.json").get("vectors").forEach(vectors::add);
        return vectors.stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("client712Vectors")
    void rebuildsWhatSnapshotJsSigned(JsonNode vector) throws IOException {
        JsonNode envelope = vector.get("envelope");
        JsonNode message = envelope.get("data").get("message");
        VotingType type = VotingType.fromId(vector.get("type").asText());
        String choiceJson = message.get("choice").toString();
        VoteChoice choice = vector.get("privacy").asText().equals("shutter")
                ? new VoteChoice.Encrypted(message.get("choice").asText())
                : VoteChoice.parse(type, type.encoding() == VotingType.ChoiceEncoding.JSON_STRING ? message.get("choice").asText() : choiceJson);
        SnapshotVote vote = new SnapshotVote(Address.parse(message.get("from").asText()), message.get("space").asText(),
                message.get("timestamp").asLong(), message.get("proposal").asText(), type, choice,
                message.get("reason").asText(), message.get("app").asText(), message.get("metadata").asText());

        SnapshotVoteTypedData typed = SnapshotVoteTypedData.of(vote);

        assertThat(typed.typesJson()).isEqualTo(vector.get("typesJson").asText());
        assertThat((Object) JSON.readTree(typed.message().toString())).isEqualTo(message);
        assertThat(typed.digest().hex()).isEqualTo(vector.get("digest").asText());
        assertThat(SnapshotEnvelope.parse(envelope.toString()).recoverSigner())
                .isEqualTo(Address.parse(envelope.get("address").asText()));
    }

    @Test
    void fromIsSignedInItsEip55Form() {
        SnapshotVote lower = vote("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        SnapshotVote mixed = vote("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

        assertThat(SnapshotVoteTypedData.of(lower).message().get("from").asText()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        assertThat(SnapshotVoteTypedData.of(lower).digest()).isEqualTo(SnapshotVoteTypedData.of(mixed).digest());
    }

    @Test
    void weightsAreSignedAsCompactJsonWithAscendingKeys() {
        VoteChoice weights = VoteChoice.parse(VotingType.WEIGHTED, "{ \"2\": 1, \"1\": 2.50 }");

        assertThat(weights.messageValue()).isEqualTo("{\"1\":2.5,\"2\":1}");
    }

    private static SnapshotVote vote(String from) {
        return new SnapshotVote(Address.parse(from), "steward-test.eth", 1735689600L, "0xabc",
                VotingType.SINGLE_CHOICE, new VoteChoice.Single(1), "", "steward", "");
    }

    static JsonNode resource(String path) throws IOException {
        try (InputStream in = SnapshotVoteTypedDataTest.class.getResourceAsStream("/snapshot/" + path)) {
            assertThat(in).as(path).isNotNull();
            return JSON.readTree(in);
        }
    }
}
