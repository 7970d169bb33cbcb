package org.steward.simulation.fork;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.net.BoundedHttp;
import org.steward.core.net.NetBudget;
import org.steward.core.net.Redact;

/**
 * A small JSON-RPC client for the calls web3j has no wrapper for ({@code anvil_*}, {@code evm_*},
 * {@code debug_traceTransaction}) and for batches of plain reads. Every request has a deadline over
 * its whole answer (core {@link BoundedHttp}, which also ends it at a command's
 * {@link org.steward.core.net.CommandDeadline}) and an answer is read only up to a size limit, so
 * neither the fork nor the user's RPC can hang, drip or flood a simulation.
 */
public final class JsonRpc {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ANSWER_BYTES = 32 * 1024 * 1024;
    private static final Duration CONNECT = Duration.ofSeconds(5);

    private final URI url;
    private final NetBudget budget;
    private final HttpClient http;
    private final String who;
    private long nextId = 1;

    public JsonRpc(URI url, Duration deadline) {
        this(url, deadline, "the RPC at " + Redact.url(url));
    }

    /** @param who the node as a failure names it ("the RPC at …", "the simulation's local fork") */
    public JsonRpc(URI url, Duration deadline, String who) {
        this.url = url;
        this.budget = new NetBudget(CONNECT, deadline, deadline, MAX_ANSWER_BYTES);
        this.http = BoundedHttp.client(budget);
        this.who = who;
    }

    public URI url() {
        return url;
    }

    /** One call; its {@code result}. */
    public JsonNode call(String method, Object... params) {
        ObjectNode request = request(method, params);
        JsonNode answer = post(request);
        return result(method, answer);
    }

    /** Several calls in one HTTP round trip; results in request order. */
    public List<JsonNode> batch(List<Req> calls) {
        List<JsonNode> answers = answers(calls);
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            if (answers.get(i) == null) {
                throw new RpcException(-1, upperFirst(who) + " left out an answer of a batch.", null);
            }
            out.add(result(calls.get(i).method(), answers.get(i)));
        }
        return out;
    }

    /** Like {@link #batch} but an error answer becomes null instead of failing the batch (a token without symbol()). */
    public List<JsonNode> batchLenient(List<Req> calls) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode a : answers(calls)) {
            JsonNode error = a == null ? null : a.get("error");
            out.add(a == null || (error != null && !error.isNull()) ? null : a.get("result"));
        }
        return out;
    }

    /** A JSON-RPC quantity ("0x1a") as a number. */
    public static java.math.BigInteger quantity(JsonNode hex) {
        String s = hex == null || hex.isNull() ? "0x0" : hex.asText();
        return new java.math.BigInteger(s.startsWith("0x") ? s.substring(2).isEmpty() ? "0" : s.substring(2) : s, s.startsWith("0x") ? 16 : 10);
    }

    /** The raw answers of a batch in request order, null where the node left one out. */
    private List<JsonNode> answers(List<Req> calls) {
        if (calls.isEmpty()) {
            return List.of();
        }
        ArrayNode array = JSON.createArrayNode();
        List<Long> ids = new ArrayList<>();
        for (Req c : calls) {
            ObjectNode r = request(c.method(), c.params().toArray());
            ids.add(r.get("id").asLong());
            array.add(r);
        }
        JsonNode answer = post(array);
        if (!answer.isArray()) {
            throw new RpcException(-1, upperFirst(who) + " did not answer a batch with a list: it may not support JSON-RPC batches.", null);
        }
        Map<Long, JsonNode> byId = new HashMap<>();
        answer.forEach(a -> byId.put(a.path("id").asLong(), a));
        List<JsonNode> out = new ArrayList<>();
        for (Long id : ids) {
            out.add(byId.get(id));
        }
        return out;
    }

    /** One request of a batch. */
    public record Req(String method, List<Object> params) {
        public static Req of(String method, Object... params) {
            return new Req(method, List.of(params));
        }
    }

    private synchronized ObjectNode request(String method, Object[] params) {
        ObjectNode r = JSON.createObjectNode();
        r.put("jsonrpc", "2.0");
        r.put("id", nextId++);
        r.put("method", method);
        r.set("params", JSON.valueToTree(params));
        return r;
    }

    private JsonNode result(String method, JsonNode answer) {
        JsonNode error = answer.get("error");
        if (error != null && !error.isNull()) {
            JsonNode data = error.get("data");
            throw new RpcException(error.path("code").asInt(), method + ": " + error.path("message").asText(),
                    data == null || data.isNull() ? null : data.isTextual() ? data.asText() : data.toString());
        }
        if (!answer.has("result")) {
            throw new RpcException(-1, upperFirst(who) + " sent no result for " + method + ".", null);
        }
        return answer.get("result");
    }

    private JsonNode post(JsonNode body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
            BoundedHttp.Answer response = BoundedHttp.send(http, request, budget);
            if (response.status() / 100 != 2 && response.body().isEmpty()) {
                throw new RpcException(-1, upperFirst(who) + " answered HTTP " + response.status() + ".", null);
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            java.util.Optional<String> limit = budget.explain(who, e);
            throw new RpcException(-1, limit.map(s -> upperFirst(s) + ".").orElseGet(() -> "Cannot reach " + who + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + Redact.urlsIn(e.getMessage())) + ")."), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RpcException(-1, "The call to " + Redact.url(url) + " was interrupted.", null);
        }
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
