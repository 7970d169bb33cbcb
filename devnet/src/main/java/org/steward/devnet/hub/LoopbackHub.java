package org.steward.devnet.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import graphql.ExecutionResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Snapshot-compatible hub on 127.0.0.1 for the demo and the tests: {@code POST /graphql}
 * answers Steward's queries from seeded data, {@code POST /} is a sequencer that checks votes as
 * the real one does and stores them. Binds a free port; nothing leaves the machine.
 */
public final class LoopbackHub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 1 << 20;

    private final HttpServer server;
    private final ExecutorService workers;
    private final HubData data;
    private final HubGraphQl graphQl;
    private final LoopbackSequencer sequencer;

    private LoopbackHub(HttpServer server, ExecutorService workers, HubData data, Clock clock) {
        this.server = server;
        this.workers = workers;
        this.data = data;
        this.graphQl = new HubGraphQl(data, new HubRows(data, clock));
        this.sequencer = new LoopbackSequencer(data, clock);
    }

    /** The demo hub: {@link DemoHubSeed} as of now, on the system clock. */
    public static LoopbackHub start() {
        Clock clock = Clock.systemUTC();
        return start(DemoHubSeed.create(clock.instant().getEpochSecond()), clock);
    }

    /** A hub over the given data; {@code clock} decides proposal states and the sequencer's time windows. */
    public static LoopbackHub start(HubData data, Clock clock) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("no free port on 127.0.0.1 for the loopback hub", e);
        }
        ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "loopback-hub");
            t.setDaemon(true);
            return t;
        });
        LoopbackHub hub = new LoopbackHub(server, workers, data, clock);
        server.createContext("/graphql", hub::graphQl);
        server.createContext("/", hub::sequencer);
        server.setExecutor(workers);
        server.start();
        return hub;
    }

    /** The GraphQL endpoint, the hub URL a client is configured with. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql");
    }

    /** Where signed envelopes are POSTed. */
    public URI sequencerUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public HubData data() {
        return data;
    }

    /** The address that signs this hub's receipts. */
    public String relayerAddress() {
        return sequencer.relayerAddress();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void graphQl(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, Map.of("errors", List.of(Map.of("message", "POST a GraphQL request as JSON"))));
                return;
            }
            JsonNode request;
            try {
                request = JSON.readTree(read(exchange.getRequestBody()));
            } catch (IOException e) {
                reply(exchange, 400, Map.of("errors", List.of(Map.of("message", "the body is not JSON"))));
                return;
            }
            if (request == null || !request.path("query").isTextual()) {
                reply(exchange, 400, Map.of("errors", List.of(Map.of("message", "the body has no query"))));
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> variables = request.path("variables").isObject()
                    ? JSON.convertValue(request.get("variables"), LinkedHashMap.class) : Map.of();
            ExecutionResult result = graphQl.execute(request.get("query").asText(), request.path("operationName").asText(null), variables);
            reply(exchange, 200, result.toSpecification());
        }
    }

    private void sequencer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod()) || !"/".equals(exchange.getRequestURI().getPath())) {
                reply(exchange, 404, Map.of("error", "not_found", "error_description", "POST envelopes to /"));
                return;
            }
            SequencerAnswer answer = sequencer.ingest(read(exchange.getRequestBody()));
            reply(exchange, answer.status(), answer.body());
        }
    }

    private static String read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return new String(body, StandardCharsets.UTF_8);
    }

    private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
