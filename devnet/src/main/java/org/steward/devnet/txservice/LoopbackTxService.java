package org.steward.devnet.txservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.treasury.domain.SafeInputException;
import org.steward.treasury.domain.SafeSignature;
import org.steward.treasury.domain.SafeSignatures;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.share.SafeTxJson;
import org.steward.treasury.domain.SafeTxHash;
import org.steward.treasury.service.SafeReader;

/**
 * A Safe Transaction Service on the loopback, for tests and the demo: the /api/v1 endpoints Steward
 * uses (propose, confirm, the queue, one transaction), validating as the service does against the
 * chain: the proposed hash must be the transaction's, each signature must recover to an owner (the
 * sender, for a proposal), the nonce must not be spent, an owner confirms once.
 */
public final class LoopbackTxService implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PROPOSE = Pattern.compile("/api/v1/safes/(0x[0-9a-fA-F]{40})/multisig-transactions/");
    private static final Pattern CONFIRM = Pattern.compile("/api/v1/multisig-transactions/(0x[0-9a-fA-F]{64})/confirmations/");
    private static final Pattern ONE = Pattern.compile("/api/v1/multisig-transactions/(0x[0-9a-fA-F]{64})/");

    private record Stored(Address safe, SafeTx tx, Hash32 hash, Map<Address, SafeSignature> confirmations) {
    }

    private final HttpServer server;
    private final ChainClient client;
    private final Map<Hash32, Stored> transactions = new ConcurrentHashMap<>();
    private final AtomicBoolean tamper = new AtomicBoolean();

    private LoopbackTxService(HttpServer server, ChainClient client) {
        this.server = server;
        this.client = client;
    }

    public static LoopbackTxService start(ChainClient client) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            LoopbackTxService service = new LoopbackTxService(server, client);
            server.createContext("/", service::handle);
            server.start();
            return service;
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a loopback port for the Transaction Service double", e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** From now on every safeTxHash the service returns is wrong: what a compromised service would do. */
    public void tamperWithHashes() {
        tamper.set(true);
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        try {
            Matcher m;
            if (x.getRequestMethod().equals("POST") && (m = PROPOSE.matcher(path)).matches()) {
                propose(Address.parse(m.group(1)), JSON.readTree(x.getRequestBody()));
                reply(x, 201, "{}");
            } else if (x.getRequestMethod().equals("POST") && (m = CONFIRM.matcher(path)).matches()) {
                confirm(Hash32.parse(m.group(1)), JSON.readTree(x.getRequestBody()));
                reply(x, 201, "{}");
            } else if (x.getRequestMethod().equals("GET") && (m = PROPOSE.matcher(path)).matches()) {
                reply(x, 200, queue(Address.parse(m.group(1)), x.getRequestURI().getQuery()).toString());
            } else if (x.getRequestMethod().equals("GET") && (m = ONE.matcher(path)).matches()) {
                Stored s = transactions.get(Hash32.parse(m.group(1)));
                if (s == null) {
                    reply(x, 404, "{\"detail\":\"Not found.\"}");
                } else {
                    reply(x, 200, item(s).toString());
                }
            } else {
                reply(x, 404, "{\"detail\":\"Not found.\"}");
            }
        } catch (Refused e) {
            reply(x, e.status, JSON.createObjectNode().set("nonFieldErrors", JSON.createArrayNode().add(e.getMessage())).toString());
        } catch (RuntimeException e) {
            reply(x, 422, JSON.createObjectNode().set("nonFieldErrors", JSON.createArrayNode().add(String.valueOf(e.getMessage()))).toString());
        }
    }

    private void propose(Address safe, JsonNode body) {
        SafeState state = new SafeReader(client).read(safe, List.of());
        SafeTx tx = SafeTxJson.read(body);
        Hash32 hash = SafeTxHash.of(state.domain(), tx).safeTxHash();
        if (!hash.hex().equalsIgnoreCase(body.path("contractTransactionHash").asText())) {
            throw new Refused(422, "Contract-transaction-hash=" + hash.hex() + " does not match provided contract-tx-hash="
                    + body.path("contractTransactionHash").asText());
        }
        if (tx.nonce().compareTo(state.nonce()) < 0) {
            throw new Refused(422, "Nonce=" + tx.nonce() + " too low for safe=" + safe.checksummed());
        }
        SafeSignature sig = signature(body.path("signature").asText(), hash);
        Address sender = Address.parse(body.path("sender").asText());
        if (!sig.owner().equals(sender)) {
            throw new Refused(422, "Signature=" + body.path("signature").asText() + " for owner=" + sig.owner().checksummed()
                    + " is not valid for sender=" + sender.checksummed());
        }
        requireOwner(state, sig.owner());
        Map<Address, SafeSignature> confirmations = new LinkedHashMap<>();
        confirmations.put(sig.owner(), sig);
        transactions.putIfAbsent(hash, new Stored(safe, tx, hash, confirmations));
    }

    private void confirm(Hash32 hash, JsonNode body) {
        Stored s = transactions.get(hash);
        if (s == null) {
            throw new Refused(404, "Multisig transaction with safe-tx-hash=" + hash.hex() + " was not found");
        }
        SafeSignature sig = signature(body.path("signature").asText(), hash);
        requireOwner(new SafeReader(client).read(s.safe(), List.of()), sig.owner());
        if (s.confirmations().putIfAbsent(sig.owner(), sig) != null) {
            throw new Refused(400, "Signature for owner=" + sig.owner().checksummed() + " already exists");
        }
    }

    private ObjectNode queue(Address safe, String query) {
        BigInteger from = BigInteger.ZERO;
        for (String part : query == null ? new String[0] : query.split("&")) {
            if (part.startsWith("nonce__gte=")) {
                from = new BigInteger(part.substring("nonce__gte=".length()));
            }
        }
        BigInteger spent = new SafeReader(client).read(safe, List.of()).nonce();
        List<Stored> items = new ArrayList<>();
        for (Stored s : transactions.values()) {
            if (s.safe().equals(safe) && s.tx().nonce().compareTo(from) >= 0 && s.tx().nonce().compareTo(spent) >= 0) {
                items.add(s);
            }
        }
        items.sort((a, b) -> a.tx().nonce().compareTo(b.tx().nonce()));
        ObjectNode page = JSON.createObjectNode().put("count", items.size());
        page.putNull("next");
        page.putNull("previous");
        ArrayNode results = page.putArray("results");
        items.forEach(s -> results.add(item(s)));
        return page;
    }

    private ObjectNode item(Stored s) {
        SafeTx tx = s.tx();
        ObjectNode o = JSON.createObjectNode();
        o.put("safe", s.safe().checksummed());
        SafeTxJson.write(tx, o, true)
                .put("safeTxHash", tamper.get() ? Hash32.of(org.web3j.crypto.Hash.sha3(s.hash().bytes())).hex() : s.hash().hex())
                .put("isExecuted", false);
        ArrayNode confirmations = o.putArray("confirmations");
        s.confirmations().values().forEach(c -> confirmations.addObject().put("owner", c.owner().checksummed())
                .put("signature", Hex.encode(c.staticPart())).put("signatureType", c instanceof SafeSignature.EthSign ? "ETH_SIGN" : "EOA"));
        return o;
    }

    private static SafeSignature signature(String hex, Hash32 hash) {
        try {
            return SafeSignatures.parse(Hex.decode(hex), hash).get(0);
        } catch (SafeInputException | IllegalArgumentException e) {
            throw new Refused(422, "Signature=" + hex + " is not valid: " + e.getMessage());
        }
    }

    private static void requireOwner(SafeState state, Address signer) {
        if (!state.isOwner(signer)) {
            throw new Refused(422, "Signer=" + signer.checksummed() + " is not an owner. Current owners=" + state.owners());
        }
    }

    private static void reply(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    /** A refusal with the service's HTTP status. */
    private static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
