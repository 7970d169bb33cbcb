package org.steward.devnet.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.devnet.DevnetOptions;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.snapshot.VotingType;
import org.steward.governance.service.SnapshotHubClient;

/**
 * Snapshot's own client against the loopback sequencer: {@code interop/snapshot/vote.js} signs
 * votes with snapshot.js 0.17.5's {@code Client712} (pinned in that folder's lock file, installed
 * with {@code npm ci}) from the demo mnemonic's accounts and sends them as Snapshot's UIs do.
 * Votes of all seven types are accepted and counted; each rule snapshot-sequencer 5cb3d25 applies
 * to votes answers with its own words.
 */
class SnapshotJsInteropIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Demo account 1: 120,000 STW of voting power in the demo space, no vote of its own yet. */
    private static final int VOTER = 1;
    private static final String APP = "Snapshot v2 UI";

    private LoopbackHub hub;
    private SnapshotHubClient client;

    @BeforeEach
    void start() {
        hub = LoopbackHub.start();
        client = new SnapshotHubClient(hub.url(), null, s -> { });
    }

    @AfterEach
    void stop() {
        hub.close();
    }

    @Test
    void votesOfAllSevenTypesSignedBySnapshotJsAreAcceptedAndCounted(@TempDir Path dir) throws IOException {
        Map<VotingType, JsonNode> choices = new LinkedHashMap<>();
        choices.put(VotingType.SINGLE_CHOICE, JSON.valueToTree(2));
        choices.put(VotingType.BASIC, JSON.valueToTree(1));
        choices.put(VotingType.APPROVAL, JSON.valueToTree(List.of(1, 3)));
        choices.put(VotingType.QUADRATIC, JSON.valueToTree(Map.of("1", 1, "2", 4)));
        choices.put(VotingType.RANKED_CHOICE, JSON.valueToTree(List.of(2, 1, 3, 4)));
        choices.put(VotingType.WEIGHTED, JSON.valueToTree(Map.of("1", 2, "3", 1)));
        choices.put(VotingType.COPELAND, JSON.valueToTree(List.of(3, 1, 4, 2)));
        ArrayNode cases = JSON.createArrayNode();
        Map<VotingType, HubProposal> before = new LinkedHashMap<>();
        for (Map.Entry<VotingType, JsonNode> c : choices.entrySet()) {
            LoopbackProposal proposal = openProposal(c.getKey());
            assertThat(DemoHubSeed.DEMO_ACCOUNTS).as("no demo account has voted on the open %s proposal", c.getKey())
                    .allSatisfy(a -> assertThat(hub.data().voteOf(proposal.id(), a)).isEmpty());
            before.put(c.getKey(), client.proposal(proposal.id()).orElseThrow());
            ObjectNode message = message(proposal).put("reason", "interop " + c.getKey().id()).put("app", APP);
            message.set("choice", c.getValue());
            cases.add(testCase(c.getKey().id(), VOTER, message));
        }

        Map<String, JsonNode> answers = SnapshotJsRunner.run(dir, hub.sequencerUrl().toString(), DevnetOptions.DEMO_MNEMONIC, cases);

        String voter = DemoHubSeed.DEMO_ACCOUNTS.get(VOTER);
        for (Map.Entry<VotingType, JsonNode> c : choices.entrySet()) {
            JsonNode answer = answers.get(c.getKey().id());
            assertThat(answer.path("ok").asBoolean()).as("%s: %s", c.getKey(), answer).isTrue();
            HubProposal was = before.get(c.getKey());
            HubVote stored = hub.data().voteOf(was.id(), voter).orElseThrow();
            assertThat(stored.id()).isEqualTo(answer.get("id").asText());
            assertThat(stored.ipfs()).isEqualTo(answer.get("ipfs").asText());
            assertThat(stored.choice()).as(c.getKey().id()).isEqualTo(c.getValue());
            assertThat(stored.app()).as("the app as sent").isEqualTo(APP);
            HubProposal now = client.proposal(was.id()).orElseThrow();
            assertThat(now.votes()).as(c.getKey().id()).isEqualTo(was.votes() + 1);
            assertThat(now.scoresTotal()).as(c.getKey().id()).isGreaterThan(was.scoresTotal());
            assertThat(now.scores()).as(c.getKey().id()).isNotEqualTo(was.scores());
        }
    }

    @Test
    void eachRuleOfTheSequencerAnswersWithItsOwnWords(@TempDir Path dir) throws IOException {
        LoopbackProposal basic = openProposal(VotingType.BASIC);
        LoopbackProposal approval = openProposal(VotingType.APPROVAL);
        LoopbackProposal closed = hub.data().proposals().stream().filter(p -> p.title().equals("Set the challenge bond")).findFirst().orElseThrow();
        long now = System.currentTimeMillis() / 1000;
        Map<String, String> expected = new LinkedHashMap<>();
        ArrayNode cases = JSON.createArrayNode();

        add(cases, expected, "space with a space", 2, vote(basic, 1).put("space", "steward dao.eth"), "wrong envelope format");
        add(cases, expected, "proposal with a space", 2, vote(basic, 1).put("proposal", basic.id() + " x"), "proposal cannot contain whitespace");
        add(cases, expected, "a week old", 2, vote(basic, 1).put("timestamp", now - 7 * 86_400), "wrong timestamp");
        add(cases, expected, "ten minutes ahead", 2, vote(basic, 1).put("timestamp", now + 600), "wrong timestamp");
        add(cases, expected, "empty space label", 2, vote(basic, 1).put("space", "steward..eth"), "Invalid space id");
        add(cases, expected, "unknown space", 2, vote(basic, 1).put("space", "nobody.eth"), "unknown space");
        add(cases, expected, "another from", 2, vote(basic, 1).put("from", DemoHubSeed.DEMO_ACCOUNTS.get(3)), "wrong alias");
        add(cases, expected, "app of 25", 2, vote(basic, 1).put("app", "a".repeat(25)), "wrong vote format");
        add(cases, expected, "reason of 5001", 2, vote(basic, 1).put("reason", "r".repeat(5001)), "wrong vote format");
        add(cases, expected, "100 kB reason", 2, vote(basic, 1).put("reason", "r".repeat(100_001)), "too large message");
        add(cases, expected, "big metadata", 2, vote(basic, 1).put("metadata", "{\"n\":\"" + "m".repeat(2000) + "\"}"), "too large metadata");
        add(cases, expected, "unknown proposal", 2, vote(basic, 1).put("proposal", "0x" + "ab".repeat(32)), "unknown proposal");
        add(cases, expected, "closed proposal", 2, vote(closed, 1), "not in voting window");
        ObjectNode outOfRange = vote(approval, 0);
        outOfRange.putArray("choice").add(1).add(9);
        add(cases, expected, "approval of option 9", 2, outOfRange, "invalid choice");
        add(cases, expected, "no power", 40, vote(basic, 1), "no voting power");
        add(cases, expected, "first of two copies", 4, vote(basic, 2).put("timestamp", now - 10), null);
        add(cases, expected, "second copy", 4, vote(basic, 2).put("timestamp", now - 10), "duplicate message");
        add(cases, expected, "earlier than the stored vote", 4, vote(basic, 3).put("timestamp", now - 60), "already voted at later time");

        Map<String, JsonNode> answers = SnapshotJsRunner.run(dir, hub.sequencerUrl().toString(), DevnetOptions.DEMO_MNEMONIC, cases);

        for (Map.Entry<String, String> e : expected.entrySet()) {
            JsonNode answer = answers.get(e.getKey());
            if (e.getValue() == null) {
                assertThat(answer.path("ok").asBoolean()).as("%s: %s", e.getKey(), answer).isTrue();
            } else {
                assertThat(answer.path("ok").asBoolean()).as(e.getKey()).isFalse();
                assertThat(answer.path("error").asText()).as(e.getKey()).isEqualTo("client_error");
                assertThat(answer.path("error_description").asText()).as(e.getKey()).isEqualTo(e.getValue());
            }
        }
        assertThat(hub.data().voteOf(basic.id(), DemoHubSeed.DEMO_ACCOUNTS.get(2))).as("no refused vote was stored").isEmpty();
    }

    private LoopbackProposal openProposal(VotingType type) {
        long now = System.currentTimeMillis() / 1000;
        return hub.data().proposals().stream().filter(p -> p.space().equals(DemoHubSeed.SPACE) && p.type() == type && !p.shielded()
                && p.start() < now && p.end() > now).findFirst().orElseThrow();
    }

    private static ObjectNode message(LoopbackProposal proposal) {
        return JSON.createObjectNode().put("space", proposal.space()).put("proposal", proposal.id()).put("type", proposal.type().id());
    }

    private static ObjectNode vote(LoopbackProposal proposal, int choice) {
        return message(proposal).put("choice", choice).put("app", "snapshot");
    }

    private static void add(ArrayNode cases, Map<String, String> expected, String name, int account, ObjectNode message, String error) {
        cases.add(testCase(name, account, message));
        expected.put(name, error);
    }

    private static ObjectNode testCase(String name, int account, ObjectNode message) {
        ObjectNode c = JSON.createObjectNode().put("name", name).put("account", account);
        c.set("message", message);
        return c;
    }

    /** Walks up from the working directory to the checkout's {@code interop/snapshot}. */
    static Path interopFolder() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("interop/snapshot/package-lock.json"))) {
                return d.resolve("interop/snapshot");
            }
        }
        throw new AssertionError("interop/snapshot was not found above " + Path.of("").toAbsolutePath());
    }
}
