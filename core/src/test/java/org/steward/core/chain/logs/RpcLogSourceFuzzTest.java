package org.steward.core.chain.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.fuzz.Mutate;
import org.steward.core.fuzz.SeededFuzz;
import org.steward.core.net.HostileServer;
import org.steward.core.net.Networks;

/**
 * A lying node's eth_getLogs and eth_getBlockByNumber answers, mutated, read through the real
 * client over 127.0.0.1 ({@link RpcLogSource}, {@link WireLogs}): each page ends in logs or a
 * {@link org.steward.core.chain.ChainException} that names the RPC, never a number format, an
 * illegal argument or a null from the node's text.
 */
class RpcLogSourceFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOGS = """
            [{"address": "0x5fbdb2315678afecb367f032d93f642f64180aa3", "blockNumber": "0x10", "blockHash": "0x%s",
              "logIndex": "0x0", "transactionHash": "0x%s", "transactionIndex": "0x0", "removed": false,
              "topics": ["0x%s", "0x%s"], "data": "0x%s"},
             {"address": "0x5fbdb2315678afecb367f032d93f642f64180aa3", "blockNumber": "0x11", "blockHash": "0x%s",
              "logIndex": "0x1", "transactionHash": "0x%s", "removed": false, "topics": ["0x%s"], "data": "0x"}]
            """.formatted("aa".repeat(32), "bb".repeat(32), "cc".repeat(32), "00".repeat(12) + "11".repeat(20), "00".repeat(31) + "07",
            "ab".repeat(32), "bc".repeat(32), "cc".repeat(32));
    private static final String BLOCK = """
            {"number": "0x10", "hash": "0x%s", "parentHash": "0x%s", "timestamp": "0x65000000", "transactions": [], "uncles": []}
            """.formatted("aa".repeat(32), "99".repeat(32));

    /** What the node answers in the current case. */
    private static volatile String logsAnswer = LOGS;
    private static volatile Random blockRandom = new Random(0);

    private static String answer(String body) {
        try {
            JsonNode request = JSON.readTree(body);
            if (request.isArray()) {
                ArrayNode out = JSON.createArrayNode();
                for (JsonNode r : request) {
                    ObjectNode block = (ObjectNode) JSON.readTree(BLOCK);
                    block.put("number", r.path("params").path(0).asText());
                    String text = blockRandom.nextInt(3) == 0 ? Mutate.json(blockRandom, block.toString()) : block.toString();
                    out.add(JSON.readTree("{\"jsonrpc\": \"2.0\", \"id\": " + r.path("id") + ", \"result\": " + safe(text) + "}"));
                }
                return out.toString();
            }
            String method = request.path("method").asText();
            String result = switch (method) {
                case "eth_chainId" -> "\"0x7a69\"";
                case "eth_getLogs" -> logsAnswer;
                default -> "null";
            };
            return "{\"jsonrpc\": \"2.0\", \"id\": " + request.path("id") + ", \"result\": " + result + "}";
        } catch (java.io.IOException e) {
            return "{}";
        }
    }

    /** A truncated mutation is still sent as the node would: broken JSON inside a valid envelope is not possible, so it becomes null. */
    private static String safe(String text) {
        try {
            JSON.readTree(text);
            return text;
        } catch (java.io.IOException e) {
            return "null";
        }
    }

    @Test
    void mutatedLogPagesAndBlocksEndInLogsOrANamedRefusal() throws Exception {
        try (HostileServer server = new HostileServer(new HostileServer.Honest(RpcLogSourceFuzzTest::answer));
             ChainClient client = ChainClient.connect(Networks.devnet(server.url()))) {
            RpcLogSource source = new RpcLogSource(client);
            SeededFuzz.Report r = SeededFuzz.run("RPC logs (eth_getLogs, block times)", SeededFuzz.cases(600),
                    rnd -> new Object[] {Mutate.json(rnd, LOGS), rnd.nextLong()}, c -> {
                        logsAnswer = (String) c[0];
                        blockRandom = new Random((Long) c[1]);
                        source.logs(0, 100, List.of(Address.ZERO), List.of(Hash32.of(new byte[32])));
                    });
            assertThat(r.unexpected()).isEmpty();
        }
    }

    /** The run's first finds, kept: an empty block hash, a topic that is not hex, a block whose number is not a quantity. */
    @Test
    void theFuzzRunsFindsAreRefusalsThatNameTheRpc() throws Exception {
        try (HostileServer server = new HostileServer(new HostileServer.Honest(RpcLogSourceFuzzTest::answer));
             ChainClient client = ChainClient.connect(Networks.devnet(server.url()))) {
            RpcLogSource source = new RpcLogSource(client);
            blockRandom = new Random(1);
            for (String bad : List.of(LOGS.replace("\"blockHash\": \"0x" + "aa".repeat(32) + "\"", "\"blockHash\": \"\""),
                    LOGS.replace("\"0x" + "cc".repeat(32) + "\"", "\"\u202e0xdead\""))) {
                logsAnswer = bad;
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.logs(0, 100, List.of(Address.ZERO), List.of(Hash32.of(new byte[32]))))
                        .isInstanceOf(org.steward.core.chain.ChainException.class).hasMessageContaining("127.0.0.1:" + server.url().getPort());
            }
        } finally {
            logsAnswer = LOGS;
        }
    }
}
