package org.steward.devnet.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.steward.governance.domain.hub.HubVote;

/**
 * The queries Snapshot's own web UIs send (test resources {@code snapshot-ui/}, written after the
 * UIs' query files, see the README there), posted to the loopback hub as the UIs post them:
 * each validates, executes without errors and answers with the demo's data.
 */
class SnapshotUiQueriesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static LoopbackHub hub;
    private static String proposalId;
    private static String voter;

    @BeforeAll
    static void start() {
        hub = LoopbackHub.start();
        LoopbackProposal basic = hub.data().proposals().stream()
                .filter(p -> p.title().equals("Adopt the model-card standard v2")).findFirst().orElseThrow();
        proposalId = basic.id();
        HubVote first = hub.data().votes(proposalId).get(0);
        voter = first.voter();
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void theNewUisSpacePageHasEveryFieldItSelects() {
        JsonNode space = post("sx-space", vars().put("id", DemoHubSeed.SPACE)).get("space");

        assertThat(space.get("id").asText()).isEqualTo(DemoHubSeed.SPACE);
        assertThat(space.get("activeProposals").asInt()).isEqualTo(8);
        assertThat(space.get("proposalsCount30d").asInt()).isPositive();
        assertThat(space.get("children")).extracting(c -> c.get("id").asText()).containsExactly(DemoHubSeed.RESEARCH_SPACE);
        assertThat(space.get("parent").isNull()).isTrue();
        assertThat(space.get("filters").get("onlyMembers").asBoolean()).isFalse();
        assertThat(space.get("boost").get("enabled").asBoolean()).isTrue();
        assertThat(space.get("treasuries").isArray()).isTrue();
        assertThat(space.get("strategies").get(0).get("name").asText()).isEqualTo("erc20-votes");
    }

    @Test
    void theNewUisSpaceListAndTheOldUisSpacePagesAnswer() {
        ObjectNode where = vars();
        where.putObject("where").putArray("id_in").add(DemoHubSeed.SPACE).add(DemoHubSeed.RESEARCH_SPACE);
        JsonNode spaces = post("sx-spaces", where.put("first", 20).put("skip", 0)).get("spaces");
        assertThat(spaces).extracting(s -> s.get("id").asText()).containsExactlyInAnyOrder(DemoHubSeed.SPACE, DemoHubSeed.RESEARCH_SPACE);
        assertThat(spaces).filteredOn(s -> s.get("id").asText().equals(DemoHubSeed.RESEARCH_SPACE)).singleElement()
                .satisfies(s -> assertThat(s.get("parent").get("id").asText()).isEqualTo(DemoHubSeed.SPACE));

        ObjectNode search = vars().put("first", 20).put("skip", 0);
        search.putObject("where").put("search", "RESEARCH").put("strategy", "whitelist");
        assertThat(post("sx-spaces", search).get("spaces")).extracting(s -> s.get("id").asText())
                .containsExactly(DemoHubSeed.RESEARCH_SPACE);

        JsonNode v1 = post("v1-space", vars().put("id", DemoHubSeed.RESEARCH_SPACE)).get("space");
        assertThat(v1.get("parent").get("children")).extracting(c -> c.get("id").asText()).contains(DemoHubSeed.RESEARCH_SPACE);
        assertThat(v1.get("categories").isArray()).isTrue();
        assertThat(v1.get("skin").asText()).isEmpty();

        JsonNode both = post("v1-space-skin-and-delegate", vars().put("id", DemoHubSeed.SPACE));
        assertThat(both.get("delegate").get("symbol").asText()).isEqualTo("STW");
        ObjectNode ids = vars().put("first", 10).put("skip", 0);
        ids.putArray("id_in").add(DemoHubSeed.SPACE);
        assertThat(post("v1-spaces", ids).get("spaces")).singleElement()
                .satisfies(s -> assertThat(s.get("activeProposals").asInt()).isEqualTo(8));
    }

    @Test
    void proposalPagesOfBothUisAnswer() {
        JsonNode sx = post("sx-proposal", vars().put("id", proposalId)).get("proposal");
        assertThat(sx.get("type").asText()).isEqualTo("basic");
        assertThat(sx.get("votes").asInt()).isEqualTo(2500);
        assertThat(sx.get("space").get("id").asText()).isEqualTo(DemoHubSeed.SPACE);

        JsonNode v1 = post("v1-proposal", vars().put("id", proposalId)).get("proposal");
        assertThat(v1.get("scores_by_strategy")).hasSize(3);
        assertThat(v1.get("state").asText()).isEqualTo("active");
    }

    /** The old UI lists with {@code state: "all"}; the hub treats it as no state filter. */
    @Test
    void proposalListsOfBothUisAnswerAndStateAllListsEverything() {
        long inSpace = hub.data().proposals().stream().filter(p -> p.space().equals(DemoHubSeed.SPACE)).count();

        ObjectNode all = vars().put("first", 50).put("skip", 0).put("state", "all").put("space", DemoHubSeed.SPACE);
        assertThat(post("v1-proposals", all).get("proposals")).hasSize((int) inSpace);

        ObjectNode unflagged = all.deepCopy().put("flagged", false);
        assertThat(post("v1-proposals", unflagged).get("proposals")).hasSize((int) inSpace - 1);

        ObjectNode active = vars().put("first", 50).put("skip", 0);
        active.putObject("where").put("state", "active").putArray("space_in").add(DemoHubSeed.SPACE);
        assertThat(post("sx-proposals", active).get("proposals")).hasSize(8)
                .allSatisfy(p -> assertThat(p.get("state").asText()).isEqualTo("active"));

        ObjectNode notifications = vars().put("first", 50).put("state", "active").put("start_gte", 0);
        notifications.putArray("space_in").add(DemoHubSeed.SPACE).add(DemoHubSeed.RESEARCH_SPACE);
        assertThat(post("v1-notification-proposals", notifications).get("proposals")).hasSize(9);
    }

    @Test
    void voteListsOfBothUisAnswer() {
        ObjectNode sx = vars().put("first", 10).put("skip", 0).put("orderBy", "vp").put("orderDirection", "desc");
        sx.putObject("where").put("proposal", proposalId);
        JsonNode votes = post("sx-votes", sx).get("votes");
        assertThat(votes).hasSize(10);
        assertThat(votes).extracting(v -> v.get("vp").asDouble()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(votes.get(0).get("proposal").get("id").asText()).isEqualTo(proposalId);

        ObjectNode mine = vars().put("first", 20).put("skip", 0).put("voter", voter);
        mine.putArray("spaceIds").add(DemoHubSeed.SPACE);
        assertThat(post("sx-user-votes", mine).get("votes")).isNotEmpty()
                .allSatisfy(v -> assertThat(v.get("voter").asText()).isEqualToIgnoringCase(voter));

        ObjectNode ticks = vars().put("first", 1000).put("skip", 0);
        ticks.putObject("where").put("proposal", proposalId);
        assertThat(post("sx-scores-ticks", ticks).get("votes")).hasSize(1000)
                .extracting(v -> v.get("created").asLong()).isSorted();

        ObjectNode v1 = vars().put("id", proposalId).put("first", 20).put("skip", 0).put("orderBy", "created")
                .put("orderDirection", "desc").put("reason_not", "");
        assertThat(post("v1-votes", v1).get("votes")).hasSize(20)
                .allSatisfy(v -> assertThat(v.get("reason").asText()).isNotEmpty());

        ObjectNode activity = vars().put("voter", voter).put("first", 20).put("skip", 0).put("orderBy", "created").put("orderDirection", "desc");
        assertThat(post("v1-activity-votes", activity).get("votes")).isNotEmpty()
                .allSatisfy(v -> assertThat(v.get("proposal").get("title").asText()).isNotEmpty());

        ObjectNode voted = vars().put("voter", voter);
        voted.putArray("proposals").add(proposalId);
        assertThat(post("v1-voted-proposal-ids", voted).get("votes")).singleElement()
                .satisfies(v -> assertThat(v.get("proposal").get("id").asText()).isEqualTo(proposalId));
    }

    private static ObjectNode vars() {
        return JSON.createObjectNode();
    }

    /** POSTs the query as the UIs' Apollo clients do and returns {@code data}, failing on any GraphQL error. */
    private static JsonNode post(String query, ObjectNode variables) {
        ObjectNode body = JSON.createObjectNode().put("query", read(query));
        body.set("variables", variables);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(hub.url()).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertThat(answer.path("errors").isMissingNode()).as(query + ": " + answer.path("errors")).isTrue();
            return answer.get("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String read(String name) {
        try (InputStream in = SnapshotUiQueriesTest.class.getResourceAsStream("/snapshot-ui/" + name + ".graphql")) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every query file is exercised above; a new one without a test would prove nothing. */
    @Test
    void everyQueryFileIsPosted() throws IOException {
        List<String> posted = List.of("sx-space", "sx-spaces", "sx-proposal", "sx-proposals", "sx-votes", "sx-user-votes", "sx-scores-ticks",
                "v1-space", "v1-space-skin-and-delegate", "v1-spaces", "v1-proposal", "v1-proposals", "v1-notification-proposals",
                "v1-votes", "v1-activity-votes", "v1-voted-proposal-ids");
        try (InputStream in = SnapshotUiQueriesTest.class.getResourceAsStream("/snapshot-ui/")) {
            String listing = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> files = listing.lines().filter(f -> f.endsWith(".graphql")).map(f -> f.substring(0, f.length() - 8)).toList();
            assertThat(files).containsExactlyInAnyOrderElementsOf(posted);
        }
    }
}
