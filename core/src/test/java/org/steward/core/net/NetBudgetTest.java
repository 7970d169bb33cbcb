package org.steward.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainException;

/**
 * Both HTTP stacks (web3j's OkHttp and java.net.http) against servers that never answer, answer
 * late, drip, or stream without end: each call ends with the sentence naming the limit. The limits
 * are lowered through the system properties; the JUnit timeouts only prove the calls end.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NetBudgetTest {

    private static final String CHAIN_ID = "{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":\"0x7a69\"}";

    @BeforeEach
    void shortLimits() {
        System.setProperty(NetBudget.CONNECT_PROPERTY, "1000");
        System.setProperty(NetBudget.FIRST_BYTE_PROPERTY, "1000");
        System.setProperty(NetBudget.TOTAL_PROPERTY, "3000");
        System.setProperty(NetBudget.RPC_BYTES_PROPERTY, Long.toString(1 << 20));
        System.setProperty(NetBudget.HTTP_BYTES_PROPERTY, Long.toString(1 << 20));
    }

    @AfterEach
    void defaultLimits() {
        for (String p : new String[] {NetBudget.CONNECT_PROPERTY, NetBudget.FIRST_BYTE_PROPERTY, NetBudget.TOTAL_PROPERTY,
            NetBudget.RPC_BYTES_PROPERTY, NetBudget.HTTP_BYTES_PROPERTY}) {
            System.clearProperty(p);
        }
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        defaultLimits();
        NetBudget rpc = NetBudget.rpc();
        assertThat(rpc).isEqualTo(new NetBudget(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60), 32L << 20));
        assertThat(NetBudget.http().maxBytes()).isEqualTo(8L << 20);
        assertThat(rpc.sentence("the RPC at http://127.0.0.1:8545", NetBudget.Limit.FIRST_BYTE))
                .isEqualTo("the RPC at http://127.0.0.1:8545 did not answer within 20 s");
        assertThat(NetBudget.http().sentence("the hub", NetBudget.Limit.SIZE)).isEqualTo("the answer of the hub passed the 8 MiB limit");
    }

    @Test
    void anRpcThatNeverAnswersIsGivenUpAtTheFirstByteLimit() throws Exception {
        try (HostileServer server = new HostileServer(new HostileServer.Silent())) {
            assertThatThrownBy(() -> ChainClient.chainIdAt(server.url()))
                    .isInstanceOf(ChainException.class)
                    .hasMessageStartingWith("The RPC at " + Redact.url(server.url()) + " did not answer within 1 s:");
        }
    }

    @Test
    void anRpcThatAnswersLateIsGivenUpAtTheFirstByteLimit() throws Exception {
        try (HostileServer server = new HostileServer(new HostileServer.Slow(Duration.ofSeconds(5), body -> CHAIN_ID))) {
            assertThatThrownBy(() -> ChainClient.chainIdAt(server.url())).hasMessageContaining("did not answer within 1 s");
        }
    }

    @Test
    void anRpcThatDripsIsGivenUpAtTheOverallDeadline() throws Exception {
        try (HostileServer server = new HostileServer(new HostileServer.Drip(Duration.ofMillis(300), body -> CHAIN_ID))) {
            assertThatThrownBy(() -> ChainClient.chainIdAt(server.url())).hasMessageContaining("did not finish its answer within 3 s");
        }
    }

    @Test
    void anRpcThatDripsItsBodyIsGivenUpAtTheOverallDeadline() throws Exception {
        String padded = "{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":\"0x7a69\"" + " ".repeat(100) + "}";
        try (HostileServer server = new HostileServer(new HostileServer.DripBody(Duration.ofMillis(300), body -> padded))) {
            assertThatThrownBy(() -> ChainClient.chainIdAt(server.url())).hasMessageContaining("did not finish its answer within 3 s");
        }
    }

    @Test
    void anEndlessRpcAnswerIsCutAtTheSizeLimit() throws Exception {
        try (HostileServer server = new HostileServer(new HostileServer.Oversized(300L << 20))) {
            assertThatThrownBy(() -> ChainClient.chainIdAt(server.url()))
                    .hasMessageStartingWith("The answer of the RPC at " + Redact.url(server.url()) + " passed the 1 MiB limit");
        }
    }

    @Test
    void anHonestRpcStillAnswers() throws Exception {
        // The default limits, not the class's one second: an honest answer on a loaded machine may take longer than that.
        System.clearProperty(NetBudget.FIRST_BYTE_PROPERTY);
        System.clearProperty(NetBudget.TOTAL_PROPERTY);
        try (HostileServer server = new HostileServer(new HostileServer.Honest(body -> CHAIN_ID))) {
            assertThat(ChainClient.chainIdAt(server.url()).value()).isEqualTo(31337);
        }
    }

    @Test
    void boundedHttpGivesUpOnEachHostileServer() throws Exception {
        NetBudget budget = NetBudget.http();
        HttpClient http = BoundedHttp.client(budget);
        // java.net.http's request timeout runs until the headers are in: a server dripping its headers meets it first
        String[] expected = {"FIRST_BYTE", "FIRST_BYTE", "FIRST_BYTE", "TOTAL", "SIZE"};
        HostileServer.Behaviour[] servers = {new HostileServer.Silent(), new HostileServer.Slow(Duration.ofSeconds(5), b -> "{}"),
            new HostileServer.Drip(Duration.ofMillis(300), b -> "{\"data\":{}}"),
            new HostileServer.DripBody(Duration.ofMillis(300), b -> "{\"data\":{\"padding\":\"" + "x".repeat(100) + "\"}}"),
            new HostileServer.Oversized(300L << 20)};
        for (int i = 0; i < servers.length; i++) {
            try (HostileServer server = new HostileServer(servers[i])) {
                HttpRequest request = HttpRequest.newBuilder(server.url("graphql")).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
                Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> BoundedHttp.send(http, request, budget));
                assertThat(NetBudget.limitOf(thrown)).as(servers[i] + ": " + thrown).contains(NetBudget.Limit.valueOf(expected[i]));
            }
        }
    }

    @Test
    void boundedHttpReadsAnHonestAnswer() throws Exception {
        // Not the class's one-second limits: an honest answer on a loaded machine may take longer than that.
        NetBudget budget = new NetBudget(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60), 1 << 20);
        try (HostileServer server = new HostileServer(new HostileServer.Honest(body -> "{\"echo\":" + body + "}"))) {
            HttpRequest request = HttpRequest.newBuilder(server.url()).POST(HttpRequest.BodyPublishers.ofString("[1,2]")).build();
            BoundedHttp.Answer answer = BoundedHttp.send(BoundedHttp.client(budget), request, budget);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("{\"echo\":[1,2]}");
        }
    }

    @Test
    void aPortNobodyListensOnIsNotMistakenForATimeout() {
        assertThatThrownBy(() -> ChainClient.chainIdAt(java.net.URI.create("http://127.0.0.1:1/")))
                .hasMessageStartingWith("Cannot reach the RPC at http://127.0.0.1:1");
    }

    @Test
    void aConnectionTheCommandsDeadlineAbortedIsSaidAsTheDeadline() throws Exception {
        java.io.IOException aborted = new java.io.IOException("HTTP/1.1 header parser received no bytes");
        assertThat(NetBudget.limitOf(aborted)).as("no deadline runs: a plain failure").isEmpty();

        try (CommandDeadline.Scope deadline = CommandDeadline.start(Duration.ofMillis(1))) {
            Thread.sleep(20);
            assertThat(NetBudget.limitOf(aborted)).contains(NetBudget.Limit.COMMAND);
        }
        assertThat(NetBudget.limitOf(aborted)).isEmpty();
    }
}
