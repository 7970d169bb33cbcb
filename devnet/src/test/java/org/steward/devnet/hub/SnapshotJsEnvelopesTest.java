package org.steward.devnet.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.steward.governance.domain.hub.HubSpace;
import org.steward.governance.domain.hub.HubStrategy;
import org.steward.governance.domain.hub.SequencerReceipt;
import org.steward.governance.domain.snapshot.SnapshotEnvelope;
import org.steward.governance.domain.snapshot.VotingType;
import org.steward.governance.service.RetryPolicy;
import org.steward.governance.service.SnapshotSequencerClient;

/**
 * Envelopes that other tools signed, replayed through the loopback sequencer on a clock set to
 * their time: the vectors snapshot.js 0.17.5's Client712 signed (governance's
 * {@code client712-votes.json}) and the real vote in snapshot-sequencer's own test fixtures
 * ({@code sequencer-ingestor-vote.json}, legacy {@code address}/{@code bytes32} types). The
 * receipt id must be snapshot.js's hash of the message.
 */
class SnapshotJsEnvelopesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VECTORS = "governance/src/test/resources/snapshot/sign/";

    static Stream<JsonNode> client712Votes() throws IOException {
        List<JsonNode> vectors = new ArrayList<>();
        JSON.readTree(Files.readString(vectors("client712-votes.json"))).get("vectors").forEach(vectors::add);
        return vectors.stream();
    }

    @ParameterizedTest(name = "{index}: snapshot.js {0}")
    @MethodSource("client712Votes")
    void acceptsWhatSnapshotJsSigned(JsonNode vector) {
        JsonNode envelope = vector.get("envelope");
        VotingType type = VotingType.fromId(vector.get("type").asText());

        SequencerReceipt receipt = replay(envelope, type, vector.get("privacy").asText(), 4);

        assertThat(receipt.id()).isEqualTo(vector.get("digest").asText());
    }

    @Test
    void acceptsTheSequencersOwnFixtureVoteWithLegacyTypes() throws IOException {
        JsonNode envelope = JSON.readTree(Files.readString(vectors("sequencer-ingestor-vote.json")));

        SequencerReceipt receipt = replay(envelope, VotingType.SINGLE_CHOICE, "", 2);

        assertThat(receipt.id()).isEqualTo(SnapshotEnvelope.parse(envelope.toString()).digest().hex());
    }

    private static SequencerReceipt replay(JsonNode envelope, VotingType type, String privacy, int options) {
        JsonNode message = envelope.at("/data/message");
        long timestamp = message.get("timestamp").asLong();
        String space = message.get("space").asText();
        HubData data = new HubData();
        data.addSpace(new HubSpace(space, space, "", "1", "TEST", List.of(new HubStrategy("ticket", "1", null)), List.of(), List.of(),
                List.of(), type.id(), privacy, 0, 0, 0, 0, false, false, 0, timestamp - 86_400));
        List<String> choices = new ArrayList<>();
        for (int i = 1; i <= options; i++) {
            choices.add("Option " + i);
        }
        data.addProposal(new LoopbackProposal(message.get("proposal").asText(), space, envelope.get("address").asText(),
                timestamp - 3600, type, "Vector", "", choices, timestamp - 60, timestamp + 3600, privacy, 1, false, 0));
        data.setVotingPower(space, envelope.get("address").asText(), 1);
        Clock atSigning = Clock.fixed(Instant.ofEpochSecond(timestamp + 10), ZoneOffset.UTC);
        try (LoopbackHub hub = LoopbackHub.start(data, atSigning)) {
            SnapshotSequencerClient client = new SnapshotSequencerClient(hub.sequencerUrl(), null, s -> { },
                    new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1), d -> { }));
            SequencerReceipt receipt = client.send(SnapshotEnvelope.parse(envelope.toString()));
            assertThat(data.voteOf(message.get("proposal").asText(), envelope.get("address").asText())).get()
                    .satisfies(v -> assertThat(v.id()).isEqualTo(receipt.id()));
            return receipt;
        }
    }

    /** Governance keeps these vectors with its own tests; found by walking up to the checkout's root. */
    private static Path vectors(String file) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(VECTORS + file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return fail("The snapshot.js vectors " + VECTORS + file + " were not found above " + Path.of("").toAbsolutePath());
    }
}
