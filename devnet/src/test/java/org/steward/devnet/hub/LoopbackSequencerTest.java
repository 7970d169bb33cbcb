package org.steward.devnet.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.hub.SequencerReceipt;
import org.steward.governance.domain.snapshot.SnapshotEnvelope;
import org.steward.governance.domain.snapshot.SnapshotVote;
import org.steward.governance.domain.snapshot.SnapshotVoteTypedData;
import org.steward.governance.domain.snapshot.VoteChoice;
import org.steward.governance.domain.snapshot.VotingType;
import org.steward.governance.service.RetryPolicy;
import org.steward.governance.service.SequencerRejectedException;
import org.steward.governance.service.SnapshotSequencerClient;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * The loopback sequencer against votes signed with the demo mnemonic's first key: accepted,
 * replaced by a later vote, and each of snapshot-sequencer's refusals from a crafted envelope.
 */
class LoopbackSequencerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Address FIRST = DemoKeys.address(DemoKeys.FIRST);

    private LoopbackHub hub;
    private SnapshotSequencerClient sequencer;

    @BeforeEach
    void start() {
        hub = LoopbackHub.start();
        sequencer = new SnapshotSequencerClient(hub.sequencerUrl(), null, s -> { },
                new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1), d -> { }));
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void theDemoKeyIsTheDevnetsFirstAccount() {
        assertThat(FIRST.checksummed()).isEqualTo(DemoHubSeed.DEMO_ACCOUNTS.get(0));
    }

    @Test
    void acceptsASignedVoteAndAnswersWithAReceipt() throws Exception {
        LoopbackProposal basic = active(VotingType.BASIC);
        int before = hub.data().voteCount(basic.id());
        SnapshotVote vote = vote(basic, now(), new VoteChoice.Single(1), "Good standard.");

        SequencerReceipt receipt = sequencer.send(envelope(vote, DemoKeys.FIRST));

        assertThat(receipt.id()).isEqualTo(SnapshotVoteTypedData.of(vote).digest().hex());
        assertThat(receipt.ipfs()).startsWith("bafkrei");
        assertThat(receipt.relayerAddress()).isEqualTo(hub.relayerAddress());
        BigInteger relayerKey = Sign.signedPrefixedMessageToKey(envelope(vote, DemoKeys.FIRST).sig().getBytes(StandardCharsets.UTF_8),
                signature(receipt.relayerReceipt()));
        assertThat("0x" + Keys.getAddress(relayerKey)).isEqualToIgnoringCase(hub.relayerAddress());

        HubVote stored = hub.data().voteOf(basic.id(), FIRST.checksummed()).orElseThrow();
        assertThat(stored.id()).isEqualTo(receipt.id());
        assertThat(stored.voter()).isEqualTo(FIRST.checksummed());
        assertThat(stored.choice().asInt()).isEqualTo(1);
        assertThat(stored.vp()).isEqualTo(400_000);
        assertThat(stored.app()).isEqualTo("steward");
        assertThat(hub.data().voteCount(basic.id())).isEqualTo(before + 1);
    }

    @Test
    void aLaterVoteReplacesTheEarlierAndAnEarlierOneIsRefused() {
        LoopbackProposal weighted = active(VotingType.WEIGHTED);
        long t = now();
        sequencer.send(envelope(vote(weighted, t - 60, weights(1, 3), ""), DemoKeys.FIRST));
        double scoreBefore = hub.data().scores(weighted.id()).scores()[1];

        SequencerReceipt second = sequencer.send(envelope(vote(weighted, t - 30, weights(2, 1), ""), DemoKeys.FIRST));

        HubVote stored = hub.data().voteOf(weighted.id(), FIRST.checksummed()).orElseThrow();
        assertThat(stored.id()).isEqualTo(second.id());
        assertThat(stored.choice()).isEqualTo(JSON.createObjectNode().put("2", 1));
        assertThat(hub.data().votes(weighted.id()).stream().filter(v -> v.voter().equalsIgnoreCase(FIRST.lowerHex()))).hasSize(1);
        assertThat(hub.data().scores(weighted.id()).scores()[1]).isGreaterThan(scoreBefore);

        assertRejected(envelope(vote(weighted, t - 45, weights(3, 1), ""), DemoKeys.FIRST), "already voted at later time");
    }

    @Test
    void refusesAnEnvelopeOfTheWrongShape() {
        ObjectNode missingSig = envelopeJson(vote(active(VotingType.BASIC), now(), new VoteChoice.Single(1), ""));
        missingSig.remove("sig");
        assertRejected(missingSig, "wrong envelope format");

        ObjectNode extraField = envelopeJson(vote(active(VotingType.BASIC), now(), new VoteChoice.Single(1), ""));
        ((ObjectNode) extraField.get("data")).put("chainId", 1);
        assertRejected(extraField, "wrong envelope format");
    }

    @Test
    void refusesATimestampOutsideFiveMinutesAheadAndSixDaysBack() {
        LoopbackProposal basic = active(VotingType.BASIC);
        assertRejected(envelope(vote(basic, now() + 400, new VoteChoice.Single(1), ""), DemoKeys.FIRST), "wrong timestamp");
        assertRejected(envelope(vote(basic, now() - 6 * 86_400 - 100, new VoteChoice.Single(1), ""), DemoKeys.FIRST), "wrong timestamp");
        // Four days back is past the old three-day window but inside today's six; the voting window then refuses it.
        assertRejected(envelope(vote(basic, now() - 4 * 86_400, new VoteChoice.Single(1), ""), DemoKeys.FIRST), "not in voting window");
    }

    @Test
    void refusesWhitespaceInTheProposalAndTheSpaceAndAnInvalidSpaceId() {
        LoopbackProposal basic = active(VotingType.BASIC);
        // Steward's own client refuses these ids, so the envelopes are edited after signing: each
        // check comes before the signature's.
        ObjectNode spacedProposal = envelopeJson(vote(basic, now(), new VoteChoice.Single(1), ""));
        ((ObjectNode) spacedProposal.at("/data/message")).put("proposal", basic.id() + " ");
        assertRejected(spacedProposal, "proposal cannot contain whitespace");

        ObjectNode spacedSpace = envelopeJson(vote(basic, now(), new VoteChoice.Single(1), ""));
        ((ObjectNode) spacedSpace.at("/data/message")).put("space", "steward dao.eth");
        assertRejected(spacedSpace, "wrong envelope format");

        ObjectNode emptyLabel = envelopeJson(vote(basic, now(), new VoteChoice.Single(1), ""));
        ((ObjectNode) emptyLabel.at("/data/message")).put("space", "steward..eth");
        assertRejected(emptyLabel, "Invalid space id");
    }

    @Test
    void refusesAnAddressNotInItsChecksumForm() {
        ObjectNode lower = envelopeJson(vote(active(VotingType.BASIC), now(), new VoteChoice.Single(1), ""));
        lower.put("address", FIRST.lowerHex());
        assertRejected(lower, "wrong envelope format");
    }

    @Test
    void refusesAnAppOrReasonBeyondTheVoteSchemasLimitsAndStoresTheAppAsSent() {
        LoopbackProposal basic = active(VotingType.BASIC);
        SnapshotVote longApp = new SnapshotVote(FIRST, basic.space(), now(), basic.id(), basic.type(), new VoteChoice.Single(1),
                "", "a".repeat(25), "{}");
        assertRejected(envelope(longApp, DemoKeys.FIRST), "wrong vote format");
        assertRejected(envelope(vote(basic, now(), new VoteChoice.Single(1), "r".repeat(5001)), DemoKeys.FIRST), "wrong vote format");
        SnapshotVote listMetadata = new SnapshotVote(FIRST, basic.space(), now(), basic.id(), basic.type(), new VoteChoice.Single(1),
                "", "steward", "[1]");
        assertRejected(envelope(listMetadata, DemoKeys.FIRST), "wrong vote format");

        String app = "Steward Desktop_v2 ÄÖ";
        SnapshotVote named = new SnapshotVote(FIRST, basic.space(), now(), basic.id(), basic.type(), new VoteChoice.Single(1),
                "ü".repeat(5000), app, "{}");
        sequencer.send(envelope(named, DemoKeys.FIRST));
        assertThat(hub.data().voteOf(basic.id(), FIRST.checksummed()).orElseThrow().app()).isEqualTo(app);
    }

    @Test
    void refusesAnotherDomain() {
        ObjectNode envelope = envelopeJson(vote(active(VotingType.BASIC), now(), new VoteChoice.Single(1), ""));
        ((ObjectNode) envelope.at("/data/domain")).put("version", "0.1.3");
        assertRejected(envelope, "wrong domain");
    }

    @Test
    void refusesTypesThatAreNotOnTheWhitelist() {
        ObjectNode envelope = envelopeJson(vote(active(VotingType.BASIC), now(), new VoteChoice.Single(1), ""));
        ((ObjectNode) envelope.at("/data/types/Vote/0")).put("type", "address ");
        assertRejected(envelope, "wrong types");
    }

    @Test
    void refusesAnUnknownSpace() {
        LoopbackProposal basic = active(VotingType.BASIC);
        SnapshotVote vote = new SnapshotVote(FIRST, "nobody.eth", now(), basic.id(), VotingType.BASIC, new VoteChoice.Single(1), "", "steward", "{}");
        assertRejected(envelope(vote, DemoKeys.FIRST), "unknown space");
    }

    /**
     * The sequencer reads a differing address as an alias: for a vote it looks the alias up (this
     * hub stores none), a kind no alias may send (space settings) is refused by name.
     */
    @Test
    void refusesAnAddressThatIsNotTheMessagesFrom() {
        ObjectNode vote = envelopeJson(vote(active(VotingType.BASIC), now(), new VoteChoice.Single(1), ""));
        vote.put("address", DemoHubSeed.DEMO_ACCOUNTS.get(1));
        assertRejected(vote, "wrong alias");

        ObjectNode settings = JSON.createObjectNode().put("address", DemoHubSeed.DEMO_ACCOUNTS.get(1)).put("sig", "0x00");
        ObjectNode data = settings.putObject("data");
        data.putObject("domain").put("name", "snapshot").put("version", "0.1.4");
        ObjectNode types = data.putObject("types");
        ArrayNode fields = types.putArray("Space");
        fields.addObject().put("name", "from").put("type", "address");
        fields.addObject().put("name", "space").put("type", "string");
        fields.addObject().put("name", "timestamp").put("type", "uint64");
        fields.addObject().put("name", "settings").put("type", "string");
        data.putObject("message").put("from", FIRST.checksummed()).put("space", DemoHubSeed.SPACE).put("timestamp", now()).put("settings", "{}");
        assertRejected(settings, "alias not allowed for the type: settings");
    }

    @Test
    void refusesASignatureByAnotherKey() {
        SnapshotVote vote = vote(active(VotingType.BASIC), now(), new VoteChoice.Single(1), "");
        ObjectNode signedByOther = envelopeJson(vote, DemoKeys.derive(1));
        assertRejected(signedByOther, "signature validation failed");

        ObjectNode garbled = envelopeJson(vote, DemoKeys.FIRST);
        garbled.put("sig", "0x1234");
        assertRejected(garbled, "signature validation failed");
    }

    @Test
    void refusesTheSameMessageTwice() {
        SnapshotEnvelope envelope = envelope(vote(active(VotingType.BASIC), now(), new VoteChoice.Single(2), ""), DemoKeys.FIRST);
        sequencer.send(envelope);
        assertRejected(envelope, "duplicate message");
    }

    @Test
    void refusesAnUnknownProposal() {
        LoopbackProposal basic = active(VotingType.BASIC);
        SnapshotVote vote = new SnapshotVote(FIRST, DemoHubSeed.SPACE, now(), "0x" + "ab".repeat(32), VotingType.BASIC,
                new VoteChoice.Single(1), "", "steward", "{}");
        assertThat(basic.id()).isNotEqualTo(vote.proposal());
        assertRejected(envelope(vote, DemoKeys.FIRST), "unknown proposal");
    }

    @Test
    void refusesAVoteOutsideTheVotingWindow() {
        LoopbackProposal closed = hub.data().proposals().stream()
                .filter(p -> p.type() == VotingType.SINGLE_CHOICE && p.end() < now() && !p.flagged()).findFirst().orElseThrow();
        assertRejected(envelope(vote(closed, now(), new VoteChoice.Single(1), ""), DemoKeys.FIRST), "not in voting window");

        LoopbackProposal pending = hub.data().proposals().stream().filter(p -> p.start() > now()).findFirst().orElseThrow();
        assertRejected(envelope(vote(pending, now(), new VoteChoice.Single(1), ""), DemoKeys.FIRST), "not in voting window");
    }

    @Test
    void refusesAChoiceTheVotingTypeDoesNotAllow() {
        assertRejected(envelope(vote(active(VotingType.BASIC), now(), new VoteChoice.Single(4), ""), DemoKeys.FIRST), "invalid choice");
        LoopbackProposal approval = hub.data().proposals().stream()
                .filter(p -> p.type() == VotingType.APPROVAL && p.start() < now() && p.end() > now()).findFirst().orElseThrow();
        assertRejected(envelope(vote(approval, now(), new VoteChoice.Ranking(new long[] {1, 5}), ""), DemoKeys.FIRST), "invalid choice");
    }

    @Test
    void refusesAReasonOrAPlainChoiceOnAShutterProposal() {
        LoopbackProposal shielded = hub.data().proposals().stream().filter(LoopbackProposal::shielded).findFirst().orElseThrow();
        assertRejected(envelope(vote(shielded, now(), new VoteChoice.Encrypted("0x03aabb"), "because"), DemoKeys.FIRST),
                "reason not allowed with shutter");
        assertThat(sequencer.send(envelope(vote(shielded, now(), new VoteChoice.Encrypted("0x03aabb"), ""), DemoKeys.FIRST)).id())
                .startsWith("0x");
    }

    @Test
    void refusesAVoterWithoutVotingPower() {
        ECKeyPair stranger = ECKeyPair.create(BigInteger.valueOf(0xC0FFEE));
        SnapshotVote vote = new SnapshotVote(DemoKeys.address(stranger), DemoHubSeed.SPACE, now(), active(VotingType.BASIC).id(),
                VotingType.BASIC, new VoteChoice.Single(1), "", "steward", "{}");
        assertRejected(envelope(vote, stranger), "no voting power");
    }

    @Test
    void refusesOversizedMessagesAndMetadata() {
        LoopbackProposal basic = active(VotingType.BASIC);
        SnapshotVote longReason = vote(basic, now(), new VoteChoice.Single(1), "x".repeat(100_000));
        assertRejected(envelope(longReason, DemoKeys.FIRST), "too large message");

        SnapshotVote bigMetadata = new SnapshotVote(FIRST, basic.space(), now(), basic.id(), basic.type(), new VoteChoice.Single(1),
                "", "steward", "{\"note\":\"" + "y".repeat(2000) + "\"}");
        assertRejected(envelope(bigMetadata, DemoKeys.FIRST), "too large metadata");
    }

    @Test
    void answersRefusalsAsSnapshotSequencerDoes() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(hub.sequencerUrl())
                .POST(HttpRequest.BodyPublishers.ofString("{\"address\":1}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.createObjectNode()
                .put("error", "client_error").put("error_description", "wrong envelope format"));
    }

    private void assertRejected(SnapshotEnvelope envelope, String description) {
        assertThatThrownBy(() -> sequencer.send(envelope)).isInstanceOfSatisfying(SequencerRejectedException.class, e -> {
            assertThat(e.errorDescription()).isEqualTo(description);
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.error()).isEqualTo("client_error");
            assertThat(e.getMessage()).endsWith(description);
        });
    }

    private void assertRejected(ObjectNode envelope, String description) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(hub.sequencerUrl())
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(envelope))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).path("error_description").asText()).isEqualTo(description);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private LoopbackProposal active(VotingType type) {
        long now = now();
        return hub.data().proposals().stream()
                .filter(p -> p.type() == type && !p.shielded() && p.start() < now && p.end() > now).findFirst().orElseThrow();
    }

    private static SnapshotVote vote(LoopbackProposal proposal, long timestamp, VoteChoice choice, String reason) {
        return new SnapshotVote(FIRST, proposal.space(), timestamp, proposal.id(), proposal.type(), choice, reason, "steward", "{}");
    }

    private static SnapshotEnvelope envelope(SnapshotVote vote, ECKeyPair key) {
        return SnapshotEnvelope.parse(DemoKeys.envelope(vote, key).toString());
    }

    private static ObjectNode envelopeJson(SnapshotVote vote) {
        return DemoKeys.envelope(vote, DemoKeys.FIRST);
    }

    private static ObjectNode envelopeJson(SnapshotVote vote, ECKeyPair key) {
        return DemoKeys.envelope(vote, key);
    }

    private static VoteChoice.Weights weights(int option, int weight) {
        TreeMap<Long, BigDecimal> w = new TreeMap<>();
        w.put((long) option, BigDecimal.valueOf(weight));
        return new VoteChoice.Weights(w);
    }

    private static Sign.SignatureData signature(String hex) {
        byte[] raw = HexFormat.of().parseHex(hex.substring(2));
        return new Sign.SignatureData(raw[64], Arrays.copyOfRange(raw, 0, 32), Arrays.copyOfRange(raw, 32, 64));
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }
}
