package org.steward.simulation.fork;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.steward.core.net.BoundedHttp;
import org.steward.core.net.NetBudget;

/**
 * Everything a simulation sends to the user's RPC passes through this relay on 127.0.0.1: anvil
 * forks from the relay's address, so the user's URL (which may carry an API key) never appears on
 * a command line, every request has a deadline and a size limit, and each JSON-RPC method is
 * counted so the report can say exactly what the user's node was asked.
 */
final class RpcRelay implements AutoCloseable {

    static {
        // The JDK server writes a response's headers and body separately; with Nagle on, each
        // kept-alive request then waits for a delayed ACK (about 40 ms). Read once, when the server
        // class is first used, so a relay started after another server in this JVM may miss it.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REQUEST_BYTES = 1024 * 1024;
    private static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;

    private final URI upstream;
    private final HttpServer server;
    private final ExecutorService threads;
    private final NetBudget budget;
    private final HttpClient http;
    private final Map<String, Integer> counts = new TreeMap<>();

    private RpcRelay(URI upstream, Duration deadline) throws IOException {
        this.upstream = upstream;
        this.budget = new NetBudget(Duration.ofSeconds(5), deadline, deadline, MAX_ANSWER_BYTES);
        this.http = BoundedHttp.client(budget);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        this.threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "steward-rpc-relay");
            t.setDaemon(true);
            return t;
        });
        server.createContext("/", this::relay);
        server.setExecutor(threads);
        server.start();
    }

    static RpcRelay start(URI upstream, Duration deadline) {
        try {
            return new RpcRelay(upstream, deadline);
        } catch (IOException e) {
            throw new RpcException(-1, "The simulation could not open its local relay on 127.0.0.1 (" + e.getMessage() + ").", null);
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** How many times each JSON-RPC method was relayed so far. */
    synchronized Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    private void relay(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = read(exchange.getRequestBody());
            if (body == null) {
                answer(exchange, 413, new byte[0]);
                return;
            }
            count(body);
            HttpRequest request = HttpRequest.newBuilder(upstream).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            // The whole answer is bounded in time (and by a command's deadline) and size: a node that drips holds no relay thread.
            BoundedHttp.Answer response = BoundedHttp.send(http, request, budget);
            answer(exchange, response.status(), response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            // A JSON-RPC error, so the caller's message names the user's node (redacted), not this relay.
            String who = "the RPC at " + org.steward.core.net.Redact.url(upstream);
            String why = budget.explain(who, e).orElseGet(() -> "Cannot reach " + who + " (" + e.getClass().getSimpleName() + ")");
            answer(exchange, 502, JSON.writeValueAsBytes(Map.of("jsonrpc", "2.0", "id", 0,
                    "error", Map.of("code", -32000, "message", why))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(exchange, 502, new byte[0]);
        }
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_REQUEST_BYTES + 1);
        return body.length > MAX_REQUEST_BYTES ? null : body;
    }

    private synchronized void count(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            for (JsonNode r : root.isArray() ? root : JSON.createArrayNode().add(root)) {
                counts.merge(r.path("method").asText("?"), 1, Integer::sum);
            }
        } catch (IOException notJson) {
            counts.merge("?", 1, Integer::sum);
        }
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) {
        try {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            // Also one connection per request, in case another server in this JVM loaded the JDK's
            // server class before the nodelay setting above: a local connect costs less than a stall.
            exchange.getResponseHeaders().set("Connection", "close");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException clientGone) {
            // anvil stopped waiting: nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
