package org.steward.app.cli.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.steward.app.cli.StewardCommand;
import org.steward.devnet.hub.DemoHubSeed;
import org.steward.devnet.hub.LoopbackHub;
import org.steward.governance.domain.snapshot.VotingType;
import picocli.CommandLine;

/** The {@code steward snapshot proposals} contract, against the devnet's loopback hub. */
class ProposalsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LoopbackHub hub;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() {
        hub = LoopbackHub.start();
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void printsTheSpacesProposalsAsOneJsonObjectOnTheLastLine() throws IOException {
        int exit = run("snapshot", "proposals", "--hub", hub.url().toString(), "--space", DemoHubSeed.SPACE, "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode result = lastJsonLine();
        assertThat(result.get("space").asText()).isEqualTo(DemoHubSeed.SPACE);
        assertThat(result.get("hub").asText()).isEqualTo(hub.url().toString());
        JsonNode proposals = result.get("proposals");
        assertThat(proposals).hasSize(14);
        Set<String> types = new HashSet<>();
        long previous = Long.MAX_VALUE;
        for (JsonNode p : proposals) {
            assertThat(p.get("flagged").asBoolean()).isFalse();
            assertThat(p.get("created").asLong()).isLessThanOrEqualTo(previous);
            assertThat(p.get("scores")).hasSameSizeAs(p.get("choices"));
            previous = p.get("created").asLong();
            types.add(p.get("type").asText());
        }
        assertThat(types).containsExactlyInAnyOrderElementsOf(List.of(VotingType.values()).stream().map(VotingType::id).toList());
        JsonNode basic = find(proposals, "basic");
        assertThat(basic.get("votes").asInt()).isEqualTo(2500);
        assertThat(basic.get("choices")).extracting(JsonNode::asText).containsExactly("For", "Against", "Abstain");
        assertThat(basic.get("scoresTotal").asDouble()).isEqualTo(hub.data().scores(basic.get("id").asText()).scoresTotal());
    }

    @Test
    void showsFlaggedProposalsWithTheirCodeOnlyWhenAsked() throws IOException {
        int exit = run("snapshot", "proposals", "--hub", hub.url().toString(), "--space", DemoHubSeed.SPACE,
                "--state", "closed", "--include-flagged", "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode proposals = lastJsonLine().get("proposals");
        assertThat(proposals).hasSize(6).allSatisfy(p -> assertThat(p.get("state").asText()).isEqualTo("closed"));
        assertThat(proposals).filteredOn(p -> p.get("flagged").asBoolean()).singleElement()
                .satisfies(p -> assertThat(p.get("flagCode").asInt()).isEqualTo(1));
    }

    @Test
    void printsOneLinePerProposalWithoutJson() {
        int exit = run("snapshot", "proposals", "--hub", hub.url().toString(), "--space", DemoHubSeed.SPACE, "--state", "active");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().lines()).hasSize(8).allMatch(line -> line.startsWith("active  "))
                .anyMatch(line -> line.contains("(private)"))
                .as("an active proposal's end reads as a date in the local zone and how far off it is")
                .allMatch(line -> line.matches(".* votes  ends \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d \\S+ \\(in [^)]+\\)  .*"));
    }

    @Test
    void saysInOneSentenceWhenTheStateIsUnknown() {
        int exit = run("snapshot", "proposals", "--hub", hub.url().toString(), "--space", DemoHubSeed.SPACE, "--state", "open");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("steward: \"open\" is not a proposal state; use pending, active or closed.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void saysInOneSentenceWhenTheHubCannotBeReached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        int exit = run("snapshot", "proposals", "--hub", "http://127.0.0.1:" + closedPort + "/graphql", "--space", DemoHubSeed.SPACE, "--json");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("steward: The Snapshot hub at http://127.0.0.1:" + closedPort + "/… cannot be reached")
                .doesNotContain("Exception\n\tat");
    }

    private int run(String... args) {
        CommandLine cli = StewardCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private JsonNode lastJsonLine() throws IOException {
        List<String> lines = out.toString().lines().toList();
        return JSON.readTree(lines.get(lines.size() - 1));
    }

    private static JsonNode find(JsonNode proposals, String type) {
        for (JsonNode p : proposals) {
            if (p.get("type").asText().equals(type)) {
                return p;
            }
        }
        throw new AssertionError("no " + type + " proposal");
    }
}
