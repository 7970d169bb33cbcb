package org.steward.core.chain.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.net.Networks;

class DeploymentBlockTest {

    /**
     * A stand-in for a full node that has pruned old state (nothing here can sync a real chain):
     * it answers at the head and refuses older blocks the way geth does.
     */
    @Test
    void aNodeWithoutOldStateMeansReadingFromBlockZero() throws Exception {
        ObjectMapper json = new ObjectMapper();
        AtomicInteger refused = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            JsonNode request = json.readTree(exchange.getRequestBody());
            String method = request.get("method").asText();
            String answer;
            if (method.equals("eth_chainId")) {
                answer = "\"result\":\"0x7a69\"";
            } else if (method.equals("eth_blockNumber")) {
                answer = "\"result\":\"0x1000\"";
            } else if (request.get("params").get(1).asText().equals("0x1000")) {
                answer = "\"result\":\"0x6080\"";
            } else {
                refused.incrementAndGet();
                answer = "\"error\":{\"code\":-32000,\"message\":\"missing trie node 0f1e (path ) state 0x0f1e is not available\"}";
            }
            byte[] body = ("{\"jsonrpc\":\"2.0\",\"id\":" + request.get("id") + "," + answer + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (ChainClient client = ChainClient.connect(Networks.devnet(URI.create("http://127.0.0.1:" + server.getAddress().getPort())))) {
            long found = DeploymentBlock.find(client, Address.parse("0x5FbDB2315678afecb367f032d93F642f64180aa3"));

            assertThat(found).isZero();
            assertThat(refused).as("it gave up at the first refusal").hasValue(1);
        } finally {
            server.stop(0);
        }
    }
}
