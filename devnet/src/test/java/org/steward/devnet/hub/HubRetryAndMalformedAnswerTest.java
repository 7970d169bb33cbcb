package org.steward.devnet.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.steward.core.UserFacingException;
import org.steward.governance.service.ProposalQuery;
import org.steward.governance.service.RetryPolicy;
import org.steward.governance.service.SnapshotHubClient;

/**
 * The client's side of rate limits, maintenance and garbage. The tiny server here is a stand-in
 * for the real hub's rate limiter and maintenance page: it answers from a script of canned
 * responses, then with a small valid GraphQL answer. Waits are recorded, not slept.
 */
class HubRetryAndMalformedAnswerTest {

    private static final String SPACE_ANSWER = "{\"data\":{\"space\":{\"id\":\"stewarddao.eth\",\"name\":\"Steward DAO\",\"created\":1700000000,\"strategies\":[]}}}";

    private record Canned(int status, String body, String retryAfter) {
    }

    private final Deque<Canned> script = new ArrayDeque<>();
    private final List<String> apiKeys = new ArrayList<>();
    private final List<String> status = new ArrayList<>();
    private final List<Duration> waits = new ArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void backsOffTwiceOnRateLimitsThenSucceedsAndSaysSo() throws IOException {
        script.add(new Canned(429, "{\"error\":\"too many requests\"}", null));
        script.add(new Canned(429, "{\"error\":\"too many requests\"}", null));

        SnapshotHubClient client = client(5, "secret-key");

        assertThat(client.space("stewarddao.eth")).get().satisfies(s -> assertThat(s.name()).isEqualTo("Steward DAO"));
        assertThat(status).as("the status clears once the hub answers").containsExactly("The Snapshot hub is rate limited: retrying in 2 s",
                "The Snapshot hub is rate limited: retrying in 4 s", "");
        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(apiKeys).containsExactly("secret-key", "secret-key", "secret-key");
    }

    @Test
    void waitsOutMaintenanceAsLongAsTheHubAsks() throws IOException {
        script.add(new Canned(503, "<html>maintenance</html>", "7"));

        SnapshotHubClient client = client(5, null);

        assertThat(client.space("stewarddao.eth")).isPresent();
        assertThat(status).containsExactly("The Snapshot hub is under maintenance: retrying in 7 s", "");
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(apiKeys).containsExactly("<none>", "<none>");
    }

    @Test
    void givesUpWithASentenceWhenTheLimitLasts() throws IOException {
        for (int i = 0; i < 4; i++) {
            script.add(new Canned(429, "", null));
        }

        SnapshotHubClient client = client(3, null);

        assertThatThrownBy(() -> client.space("stewarddao.eth")).isInstanceOf(UserFacingException.class)
                .hasMessage("The Snapshot hub at 127.0.0.1 is still rate limited after 4 tries: wait a few minutes or set an API key and try again.");
        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @Test
    void turnsAnHtmlPageIntoOneSentence() throws IOException {
        script.add(new Canned(200, "<html>not a hub</html>", null));

        assertThatThrownBy(() -> client(0, null).space("stewarddao.eth")).isInstanceOf(UserFacingException.class)
                .hasMessage("The Snapshot hub at 127.0.0.1 sent a malformed answer (HTTP 200 without JSON): "
                        + "check that the hub URL points at a Snapshot hub, or try again later.");
    }

    @Test
    void namesTheFieldAProposalLacks() throws IOException {
        script.add(new Canned(200, "{\"data\":{\"proposals\":[{\"id\":\"0x1\",\"author\":\"0xabc\",\"created\":1,\"choices\":[],"
                + "\"start\":1,\"end\":2,\"state\":\"closed\"}]}}", null));

        assertThatThrownBy(() -> client(0, null).proposals(ProposalQuery.firstPage("stewarddao.eth")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("(proposal 0x1 with no title)");
    }

    @Test
    void aVoteRowThatIsNotAVoteIsABadItemAndTheOtherVotesAreStillRead() throws IOException {
        script.add(new Canned(200, "{\"data\":{\"votes\":["
                + "{\"id\":\"0xv1\",\"voter\":\"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\",\"created\":10,\"choice\":1,\"vp\":5},"
                + "{\"id\":\"0xv2\",\"voter\":\"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC\",\"created\":11,\"vp\":7},"
                + "{\"id\":\"0xv3\",\"voter\":\"0x90F79bf6EB2c4f870365E785982E1f101E93b906\",\"created\":12,\"choice\":2,\"vp\":3}"
                + "]}}", null));

        var read = client(0, null).voteRead("0xproposal");

        assertThat(read.votes()).extracting(org.steward.governance.domain.hub.HubVote::id).containsExactly("0xv1", "0xv3");
        assertThat(read.unreadable()).containsExactly("vote 0xv2 without a choice");
    }

    @Test
    void aVoteRowWithoutATimeStillEndsTheReadBecauseTheRestCannotBePaged() throws IOException {
        script.add(new Canned(200, "{\"data\":{\"votes\":[{\"id\":\"0xv1\",\"voter\":\"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\","
                + "\"choice\":1}]}}", null));

        assertThatThrownBy(() -> client(0, null).voteRead("0xproposal")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("malformed answer");
    }

    @Test
    void passesOnTheHubsOwnQueryError() throws IOException {
        script.add(new Canned(200, "{\"errors\":[{\"message\":\"The `first` argument must not be greater than 1000\"}]}", null));

        assertThatThrownBy(() -> client(0, null).space("stewarddao.eth")).isInstanceOf(UserFacingException.class)
                .hasMessage("The Snapshot hub at 127.0.0.1 refused the space query: The `first` argument must not be greater than 1000.");
    }

    private SnapshotHubClient client(int retries, String apiKey) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/graphql", this::answer);
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql");
        return new SnapshotHubClient(url, apiKey, status::add, new RetryPolicy(retries, Duration.ofSeconds(2), Duration.ofSeconds(60), waits::add));
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            apiKeys.add(exchange.getRequestHeaders().getFirst("x-api-key") == null ? "<none>" : exchange.getRequestHeaders().getFirst("x-api-key"));
            Canned next = script.isEmpty() ? new Canned(200, SPACE_ANSWER, null) : script.poll();
            if (next.retryAfter() != null) {
                exchange.getResponseHeaders().set("Retry-After", next.retryAfter());
            }
            byte[] body = next.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(next.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
