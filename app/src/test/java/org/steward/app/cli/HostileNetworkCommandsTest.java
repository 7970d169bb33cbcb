package org.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.history.DataDirectory;
import org.steward.core.net.CommandDeadline;
import org.steward.core.net.HostileServer;
import org.steward.core.net.NetBudget;
import picocli.CommandLine;

/**
 * Every network command of the CLI against servers on 127.0.0.1 that never answer, answer late,
 * drip, or stream without end: each returns with exit 1 and the sentence naming the limit, and
 * the URL's path (where providers put API keys) appears nowhere. Limits are lowered through
 * {@link NetBudget}'s properties; the JUnit timeout only proves that every command ended.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HostileNetworkCommandsTest {

    private static final String SECRET = "v3/SECRETKEY";
    private static final String SAFE = "0x" + "5a".repeat(20);
    private static final String CHAIN_ID = "{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":\"0x7a69\"}";
    private static final String PADDED = "{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":\"0x7a69\"" + " ".repeat(100) + "}";
    private static final List<String> FIGURES = new ArrayList<>();

    /** The network commands; each takes the server's URL. */
    private static final List<Function<String, String[]>> COMMANDS = List.of(
            url -> new String[] {"safe", "info", "--rpc", url, "--safe", SAFE},
            url -> new String[] {"safe", "tx-hash", "--rpc", url, "--safe", SAFE, "--to", SAFE, "--nonce", "0", "--json"},
            url -> new String[] {"registry", "list", "--rpc", url, "--registry", SAFE},
            url -> new String[] {"registry", "metrics", "--rpc", url, "--registry", SAFE, "--json"},
            url -> new String[] {"snapshot", "proposals", "--hub", url, "--space", "hostile.eth"});

    private static String previousDataDir;

    @BeforeAll
    static void shortLimits(@TempDir Path data) {
        previousDataDir = System.getProperty(DataDirectory.PROPERTY);
        System.setProperty(DataDirectory.PROPERTY, data.toString());
        System.setProperty(NetBudget.CONNECT_PROPERTY, "1000");
        System.setProperty(NetBudget.FIRST_BYTE_PROPERTY, "1000");
        System.setProperty(NetBudget.TOTAL_PROPERTY, "3000");
        System.setProperty(NetBudget.RPC_BYTES_PROPERTY, Long.toString(1 << 20));
        System.setProperty(NetBudget.HTTP_BYTES_PROPERTY, Long.toString(1 << 20));
    }

    @AfterAll
    static void defaultLimits() {
        for (String p : new String[] {NetBudget.CONNECT_PROPERTY, NetBudget.FIRST_BYTE_PROPERTY, NetBudget.TOTAL_PROPERTY,
            NetBudget.RPC_BYTES_PROPERTY, NetBudget.HTTP_BYTES_PROPERTY}) {
            System.clearProperty(p);
        }
        if (previousDataDir == null) {
            System.clearProperty(DataDirectory.PROPERTY);
        } else {
            System.setProperty(DataDirectory.PROPERTY, previousDataDir);
        }
        // the figures for the note: how long each command held on, against its limits of 1 s / 3 s
        FIGURES.forEach(System.out::println);
    }

    @Test
    void aServerThatNeverAnswersEndsEveryCommandAtTheFirstByteLimit() throws Exception {
        everyCommandGivesUp("silent", new HostileServer.Silent(), "did not answer within 1 s");
    }

    @Test
    void aServerThatAnswersTooLateEndsEveryCommandAtTheFirstByteLimit() throws Exception {
        everyCommandGivesUp("slow", new HostileServer.Slow(Duration.ofSeconds(5), body -> CHAIN_ID), "did not answer within 1 s");
    }

    @Test
    void aServerThatDripsItsAnswerEndsEveryCommandWithinTheOverallDeadline() throws Exception {
        // java.net.http (the hub) times the headers against the first-byte limit, OkHttp (RPCs) the whole call against the overall one
        everyCommandGivesUp("drip", new HostileServer.Drip(Duration.ofMillis(500), body -> CHAIN_ID), "did not (answer|finish its answer) within [13] s");
    }

    @Test
    void aServerThatDripsItsBodyEndsEveryCommandAtTheOverallDeadline() throws Exception {
        everyCommandGivesUp("drip-body", new HostileServer.DripBody(Duration.ofMillis(500), body -> PADDED), "did not finish its answer within 3 s");
    }

    @Test
    void anEndlessAnswerEndsEveryCommandAtTheSizeLimit() throws Exception {
        everyCommandGivesUp("oversized", new HostileServer.Oversized(300L << 20), "passed the 1 MiB limit");
    }

    @Test
    void aNodeThatAnswersTheChainIdAndThenStallsEndsEveryRpcCommandAtTheFirstByteLimit() throws Exception {
        everyCommandGivesUp("stalls", new HostileServer.Honest(body -> {
            if (!body.contains("eth_chainId")) {
                sleep(Duration.ofSeconds(5));
            }
            return CHAIN_ID;
        }), "did not answer within 1 s", COMMANDS.subList(0, 4));
    }

    /**
     * A node that answers every call in time (0.4 s, under the 1 s first-byte limit) with plausible
     * values, so the command goes on calling: a registry whose events start at block 0 of a chain a
     * billion blocks long, read 10,000 blocks a page. Only the command's overall deadline ends it
     * (the issue's `registry metrics` ran past 150 s against a node answering each request after 8 s).
     */
    @Test
    void aNodeThatAnswersEveryCallJustInTimeEndsEachRpcCommandAtItsOverallDeadline() throws Exception {
        System.setProperty(CommandDeadline.PROPERTY, "3000");
        try {
            everyCommandGivesUp("in-time", new HostileServer.Honest(HostileNetworkCommandsTest::justInTime),
                    "kept the command past its overall limit of 3 s", COMMANDS.subList(3, 4));
        } finally {
            System.clearProperty(CommandDeadline.PROPERTY);
        }
    }

    /**
     * {@code simulate} reads the RPC through its own relay with its own per-call limits (15 s and
     * 20 s); the command's deadline still ends it, naming the user's RPC, not the relay.
     */
    @Test
    void aSilentServerEndsSimulateAtTheCommandsDeadline() throws Exception {
        System.setProperty(CommandDeadline.PROPERTY, "2000");
        try {
            everyCommandGivesUp("simulate", new HostileServer.Silent(), "kept the command past its overall limit of 2 s", List.of(
                    url -> new String[] {"simulate", "proposal", "--rpc", url, "--governor", SAFE, "--id", "1"},
                    url -> new String[] {"simulate", "safe-tx", "--rpc", url, "--safe", SAFE, "--to", SAFE, "--json"}));
        } finally {
            System.clearProperty(CommandDeadline.PROPERTY);
        }
    }

    /** A call in flight when the command's deadline passes is cut there, before its own (longer) limit. */
    @Test
    void aCallInFlightIsCutAtTheCommandsDeadlineBeforeItsOwnLimit() throws Exception {
        System.setProperty(CommandDeadline.PROPERTY, "1500");
        try {
            everyCommandGivesUp("deadline", new HostileServer.DripBody(Duration.ofMillis(500), body -> PADDED),
                    "kept the command past its overall limit of 1.5 s");
        } finally {
            System.clearProperty(CommandDeadline.PROPERTY);
        }
    }

    private static String justInTime(String body) {
        sleep(Duration.ofMillis(400));
        try {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.JsonNode request = json.readTree(body);
            if (!request.isArray()) {
                return answerOne(request);
            }
            List<String> answers = new ArrayList<>();
            request.forEach(r -> answers.add(answerOne(r)));
            return "[" + String.join(",", answers) + "]";
        } catch (java.io.IOException e) {
            return "{}";
        }
    }

    private static String answerOne(com.fasterxml.jackson.databind.JsonNode request) {
        String result = switch (request.path("method").asText()) {
            case "eth_chainId" -> "\"0x7a69\"";
            case "eth_blockNumber" -> "\"0x3b9aca00\"";
            case "eth_getCode" -> "\"0x6080\"";
            case "eth_getLogs" -> "[]";
            case "eth_getBlockByNumber" -> "{\"number\": \"0x1\", \"hash\": \"0x" + "ab".repeat(32) + "\", \"timestamp\": \"0x65000000\","
                    + " \"transactions\": [], \"uncles\": []}";
            default -> "\"0x" + "00".repeat(32) + "\"";
        };
        return "{\"jsonrpc\":\"2.0\",\"id\":" + request.path("id") + ",\"result\":" + result + "}";
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void everyCommandGivesUp(String kind, HostileServer.Behaviour behaviour, String sentence) throws Exception {
        everyCommandGivesUp(kind, behaviour, sentence, COMMANDS);
    }

    private void everyCommandGivesUp(String kind, HostileServer.Behaviour behaviour, String sentence, List<Function<String, String[]>> commands)
            throws Exception {
        try (HostileServer server = new HostileServer(behaviour)) {
            String url = server.url(SECRET).toString();
            for (Function<String, String[]> command : commands) {
                String[] args = command.apply(url);
                long start = System.nanoTime();
                Run run = run(args);
                long ms = (System.nanoTime() - start) / 1_000_000;
                String name = args[0] + " " + args[1];
                FIGURES.add(String.format("%-10s %-18s %6d ms  %s", kind, name, ms, run.err.strip()));
                assertThat(run.exit).as(name + ": " + run.err).isEqualTo(1);
                assertThat(run.err).as(name).containsPattern("^steward: .*" + sentence).doesNotContain("SECRETKEY")
                        .doesNotContain("Exception").contains("127.0.0.1:" + server.url().getPort());
                assertThat(run.out).as(name).isEmpty();
            }
        }
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = StewardCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
