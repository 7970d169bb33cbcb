package org.steward.core.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.steward.core.net.Networks;

/** Against a loopback JSON-RPC node that answers {@code eth_chainId}: each connection asks it once. */
class ChainConnectionTest {

    private HttpServer node;
    private final AtomicInteger chainIdAsked = new AtomicInteger();
    private ChainConnection connection;

    @BeforeEach
    void startNode() throws IOException {
        node = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        node.createContext("/", exchange -> {
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (request.contains("eth_chainId")) {
                chainIdAsked.incrementAndGet();
            }
            String id = request.replaceAll("(?s).*\"id\"\\s*:\\s*(\\d+).*", "$1");
            byte[] body = ("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":\"0x7a69\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        node.start();
        connection = new ChainConnection(Networks.devnet(URI.create("http://127.0.0.1:" + node.getAddress().getPort())));
    }

    @AfterEach
    void stopNode() {
        connection.close();
        node.stop(0);
    }

    @Test
    void everyUserSharesOneConnection() {
        ChainClient first = connection.get();
        assertSame(first, connection.get());
        assertSame(first, connection.use(c -> c));
        assertEquals(1, chainIdAsked.get());
    }

    @Test
    void aFailedCallDropsTheClientAndTheNextUseConnectsAgain() {
        ChainClient first = connection.get();
        assertThrows(ChainException.class, () -> connection.use(c -> {
            throw new ChainException("node gone");
        }));
        assertNotSame(first, connection.get());
        assertEquals(2, chainIdAsked.get());
    }

    @Test
    void aClosedConnectionSaysSoInsteadOfConnectingAgain() {
        connection.get();
        connection.close();
        ChainException e = assertThrows(ChainException.class, connection::get);
        assertTrue(e.getMessage().contains("closed with its profile"), e.getMessage());
        assertEquals(1, chainIdAsked.get());
    }
}
