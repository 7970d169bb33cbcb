package org.steward.core.chain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.net.Network;
import org.steward.core.net.Networks;

/**
 * Endpoints that are not Ethereum nodes at all (a web page, a proxy error). A loopback HTTP
 * server plays the misconfigured endpoint; the real-chain cases run against anvil in the devnet module.
 */
class ChainClientTest {

    @Test
    void aWebPageInsteadOfAnRpcIsCalledMalformed() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "<html><body>Welcome to nginx!</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            assertThatThrownBy(() -> ChainClient.connect(Networks.devnet(url)))
                    .isInstanceOf(ChainException.class)
                    .hasMessageContaining("sent a malformed answer")
                    .hasMessageContaining(url.toString());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void allFallbacksAreTriedAndTheLastFailureIsReported() {
        Network twoDeadRpcs = Networks.devnet(URI.create("http://127.0.0.1:9")).withRpcUrls(
                List.of(URI.create("http://127.0.0.1:9"), URI.create("http://127.0.0.1:7")));
        assertThatThrownBy(() -> ChainClient.connect(twoDeadRpcs))
                .isInstanceOf(ChainException.class)
                .hasMessageStartingWith("Cannot reach the RPC at http://127.0.0.1:7");
    }
}
