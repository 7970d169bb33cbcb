package org.steward.devnet.txservice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.treasury.domain.SafeState;

/**
 * A Safe Transaction Service on the loopback, for tests, the demo and {@code devnet up}: the paths,
 * status codes and JSON of safe-global/safe-transaction-service at commit
 * 3e0199c490ae571f395284cbc7a6e0bac881a15e (v6.10.1; config/urls.py, history/urls.py and
 * urls_v2.py) for what the official {@code @safe-global/api-kit} 5 calls: about, Safe info,
 * propose and list (v2; the deprecated v1 list and detail too), one transaction, its
 * confirmations. Like the real one it reads Safes from the chain (owners, threshold, nonce) and
 * learns executions from the Safe's logs. A path without its trailing slash is redirected (301),
 * as Django's APPEND_SLASH does. Requests are served one at a time.
 */
public final class LoopbackTxService implements AutoCloseable {

    private static final String ADDRESS = "(0x[0-9a-fA-F]{40})";
    private static final Pattern ABOUT = Pattern.compile("/api/v1/about/");
    private static final Pattern SAFE = Pattern.compile("/api/v1/safes/([^/]+)/");
    private static final Pattern LIST = Pattern.compile("/api/(v1|v2)/safes/([^/]+)/multisig-transactions/");
    private static final Pattern ONE = Pattern.compile("/api/(v1|v2)/multisig-transactions/([^/]+)/");
    private static final Pattern CONFIRMATIONS = Pattern.compile("/api/v1/multisig-transactions/([^/]+)/confirmations/");
    private static final List<Pattern> ALL = List.of(ABOUT, SAFE, LIST, ONE, CONFIRMATIONS);
    private static final Pattern CHECKSUMMABLE = Pattern.compile(ADDRESS);
    private static final String NOT_FOUND_PAGE = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n"
            + "  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n</body>\n</html>\n";

    private final HttpServer server;
    private final ChainClient client;
    private final SafeChainIndex chain;
    private final MultisigTransactions transactions;
    private volatile boolean tamper;

    private LoopbackTxService(HttpServer server, ChainClient client) {
        this.server = server;
        this.client = client;
        this.chain = new SafeChainIndex(client);
        this.transactions = new MultisigTransactions(chain);
    }

    public static LoopbackTxService start(ChainClient client) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LoopbackTxService service = new LoopbackTxService(server, client);
            server.createContext("/", service::handle);
            server.start();
            return service;
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a loopback port for the Transaction Service", e);
        }
    }

    /** The service root; the API is under {@code api/}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** What api-kit calls {@code txServiceUrl} (the root plus {@code /api}), and what {@code devnet up} prints. */
    public URI apiUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api");
    }

    /** From now on every safeTxHash the service returns is wrong: what a compromised service would do. */
    public void tamperWithHashes() {
        tamper = true;
    }

    private synchronized void handle(HttpExchange x) throws IOException {
        try (x) {
            String path = x.getRequestURI().getRawPath();
            String method = x.getRequestMethod();
            if (!path.endsWith("/") && ALL.stream().anyMatch(p -> p.matcher(path + "/").matches()) && (method.equals("GET") || method.equals("HEAD"))) {
                String query = x.getRequestURI().getRawQuery();
                x.getResponseHeaders().set("Location", path + "/" + (query == null ? "" : "?" + query));
                reply(x, 301, "", "text/html; charset=utf-8");
                return;
            }
            try {
                route(x, path, method);
            } catch (ApiError e) {
                reply(x, e.status, e.body, "application/json");
            }
        }
    }

    private void route(HttpExchange x, String path, String method) throws IOException {
        Matcher m;
        if (ABOUT.matcher(path).matches()) {
            allow(method, "GET");
            String host = x.getRequestHeaders().getFirst("Host");
            json(x, 200, TxServiceJson.about(host == null ? url().getAuthority() : host, client.rpcUrl().toString()));
        } else if ((m = SAFE.matcher(path)).matches()) {
            allow(method, "GET");
            Address safe = checksummed(m.group(1));
            SafeState state = chain.require(safe);
            json(x, 200, TxServiceJson.safeInfo(state, chain.moduleGuard(safe)));
        } else if ((m = LIST.matcher(path)).matches()) {
            allow(method, "GET", "POST");
            boolean v2 = m.group(1).equals("v2");
            Address safe = checksummed(m.group(2));
            if (method.equals("POST")) {
                transactions.propose(safe, body(x));
                reply(x, 201, "", "application/json");
            } else {
                json(x, 200, list(x, safe, v2));
            }
        } else if ((m = CONFIRMATIONS.matcher(path)).matches()) {
            allow(method, "GET", "POST");
            String hash = m.group(1);
            if (method.equals("POST")) {
                String signature = transactions.confirm(hash, body(x));
                json(x, 201, TxServiceJson.JSON.createObjectNode().put("signature", signature));
            } else {
                List<TxRecord.Confirmation> confirmations = transactions.find(hash).map(r -> List.copyOf(r.confirmations.values())).orElse(List.of());
                json(x, 200, query(x).page(confirmations, TxServiceJson::confirmation));
            }
        } else if ((m = ONE.matcher(path)).matches()) {
            allow(method, "GET");
            boolean v2 = m.group(1).equals("v2");
            TxRecord r = transactions.find(m.group(2)).orElseThrow(() -> ApiError.detail(404, "No MultisigTransaction matches the given query."));
            transactions.index(r.safe);
            json(x, 200, item(r, v2, transactions.confirmationsRequired(r.safe)));
        } else {
            reply(x, 404, NOT_FOUND_PAGE, "text/html; charset=utf-8");
        }
    }

    /** The list view: filters, ordering and page, plus countUniqueNonce over the Safe's (trusted) transactions. */
    private ObjectNode list(HttpExchange x, Address safe, boolean v2) {
        transactions.index(safe);
        List<TxRecord> all = transactions.ofSafe(safe);
        ListQuery q = query(x);
        int threshold = transactions.confirmationsRequired(safe);
        ObjectNode page = q.page(q.filter(all), r -> item(r, v2, threshold));
        String query = x.getRequestURI().getQuery() == null ? "" : x.getRequestURI().getQuery();
        boolean onlyTrusted = !query.matches("(.*&)?trusted=(false|False|0)(&.*)?");
        return page.put("countUniqueNonce", all.stream().filter(r -> !onlyTrusted || r.trusted).map(r -> r.tx.nonce()).distinct().count());
    }

    private ObjectNode item(TxRecord r, boolean v2, int confirmationsRequired) {
        ObjectNode o = TxServiceJson.transaction(r, confirmationsRequired);
        if (!v2) {
            o.put("nonce", r.tx.nonce()).put("safeTxGas", r.tx.safeTxGas()).put("baseGas", r.tx.baseGas());
        }
        if (tamper) {
            o.put("safeTxHash", Hash32.of(org.web3j.crypto.Hash.sha3(r.safeTxHash.bytes())).hex());
        }
        return o;
    }

    private ListQuery query(HttpExchange x) {
        String host = x.getRequestHeaders().getFirst("Host");
        return new ListQuery("http://" + (host == null ? url().getAuthority() : host) + x.getRequestURI().getRawPath(), x.getRequestURI().getRawQuery());
    }

    /** The views' check of the path's address: anything but the EIP-55 form is 422 code 1. */
    private static Address checksummed(String text) {
        if (CHECKSUMMABLE.matcher(text).matches()) {
            try {
                Address a = Address.parse(text);
                if (a.checksummed().equals(text)) {
                    return a;
                }
            } catch (IllegalArgumentException e) {
                throw ApiError.checksum(text);
            }
        }
        throw ApiError.checksum(text);
    }

    private static void allow(String method, String... allowed) {
        if (!List.of(allowed).contains(method)) {
            throw ApiError.detail(405, "Method \"" + method + "\" not allowed.");
        }
    }

    private static JsonNode body(HttpExchange x) throws IOException {
        byte[] bytes = x.getRequestBody().readNBytes(1 << 20);
        try {
            return TxServiceJson.JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw ApiError.detail(400, "JSON parse error - " + e.getOriginalMessage());
        }
    }

    private static void json(HttpExchange x, int status, ObjectNode body) throws IOException {
        reply(x, status, body.toString(), "application/json");
    }

    private static void reply(HttpExchange x, int status, String body, String contentType) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", contentType);
        x.getResponseHeaders().set("Allow", "GET, POST, HEAD, OPTIONS");
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            x.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
