package org.steward.treasury.service.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.treasury.domain.SafeDomain;
import org.steward.treasury.domain.SafeSignature;
import org.steward.treasury.domain.SafeSignatures;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeTxHash;
import org.steward.treasury.domain.share.SafeTxJson;
import org.steward.treasury.domain.share.SignedSafeTxFile;

/**
 * The Safe Transaction Service's REST API (safe-global/safe-transaction-service, /api/v1): propose,
 * confirm, and read the queue. Nothing it returns is trusted: every safeTxHash is recomputed from
 * the returned fields and every confirmation recovered against it; a mismatch refuses the item.
 * The API key is sent as a bearer token and never appears in a message. Blocking.
 */
public final class SafeTxServiceClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_RETRIES = 3;

    private final URI base;
    private final String apiKey;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param base the service root, e.g. https://api.safe.global/tx-service/eth */
    public SafeTxServiceClient(URI base, String apiKey) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    /** Proposes {@code tx} with the proposer's own confirmation (sender = the signature's owner). */
    public void propose(SafeDomain domain, SafeTx tx, SafeSignature senderSignature) {
        Hash32 hash = SafeTxHash.of(domain, tx).safeTxHash();
        ObjectNode body = fields(tx);
        body.put("contractTransactionHash", hash.hex()).put("sender", senderSignature.owner().checksummed())
                .put("signature", Hex.encode(senderSignature.staticPart())).put("origin", "steward");
        send("POST", "api/v1/safes/" + domain.safe().checksummed() + "/multisig-transactions/", body.toString());
    }

    public void confirm(Hash32 safeTxHash, SafeSignature signature) {
        send("POST", "api/v1/multisig-transactions/" + safeTxHash.hex() + "/confirmations/",
                JSON.createObjectNode().put("signature", Hex.encode(signature.staticPart())).toString());
    }

    /** The service's queue from {@code nonce} on, each item verified; an item whose hash does not match is refused. */
    public List<SignedSafeTxFile> pending(SafeDomain domain, BigInteger nonce) {
        JsonNode page = json(send("GET", "api/v1/safes/" + domain.safe().checksummed() + "/multisig-transactions/?executed=false&nonce__gte=" + nonce, null));
        List<SignedSafeTxFile> out = new ArrayList<>();
        for (JsonNode item : page.path("results")) {
            out.add(verified(domain, item));
        }
        return out;
    }

    /** The service's queue read item by item: the verified transactions, and one sentence per item that was refused. */
    public record ServiceQueue(List<SignedSafeTxFile> verified, List<String> refused) {

        public ServiceQueue {
            verified = List.copyOf(verified);
            refused = List.copyOf(refused);
        }
    }

    /** Like {@link #pending}, but one item that cannot be read or verified is reported beside the others instead of ending the read. */
    public ServiceQueue queue(SafeDomain domain, BigInteger nonce) {
        JsonNode page = json(send("GET", "api/v1/safes/" + domain.safe().checksummed() + "/multisig-transactions/?executed=false&nonce__gte=" + nonce, null));
        List<SignedSafeTxFile> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        int index = 0;
        for (JsonNode item : page.path("results")) {
            index++;
            try {
                good.add(verified(domain, item));
            } catch (UserFacingException e) {
                bad.add("item " + index + ": " + e.getMessage());
            }
        }
        return new ServiceQueue(good, bad);
    }

    public SignedSafeTxFile get(SafeDomain domain, Hash32 safeTxHash) {
        return verified(domain, json(send("GET", "api/v1/multisig-transactions/" + safeTxHash.hex() + "/", null)));
    }

    static SignedSafeTxFile verified(SafeDomain domain, JsonNode item) {
        SafeTx tx;
        try {
            tx = SafeTxJson.read(item);
        } catch (RuntimeException e) {
            throw new UserFacingException("The Transaction Service sent a transaction Steward cannot read (" + e.getMessage()
                    + "): it was ignored; check the service URL.", e);
        }
        Hash32 hash = SafeTxHash.of(domain, tx).safeTxHash();
        String stated = item.path("safeTxHash").asText("");
        if (!hash.hex().equalsIgnoreCase(stated)) {
            throw new UserFacingException("The Transaction Service says safeTxHash " + stated + " for a transaction whose fields hash to " + hash.hex()
                    + ": refused. Do not sign it; the service or the connection to it is not trustworthy.");
        }
        Map<Address, SafeSignature> sigs = new LinkedHashMap<>();
        for (JsonNode c : item.path("confirmations")) {
            SafeSignature s = confirmation(c, hash);
            if (!s.owner().equals(owner(c))) {
                throw new UserFacingException("The Transaction Service lists a confirmation of " + c.path("owner").asText()
                        + " whose signature was made by " + s.owner().checksummed() + ": refused.");
            }
            sigs.put(s.owner(), s);
        }
        return new SignedSafeTxFile(domain, tx, sigs);
    }

    /** One confirmation's signature: exactly one entry, hex as the service writes it. */
    private static SafeSignature confirmation(JsonNode c, Hash32 hash) {
        byte[] packed;
        try {
            packed = Hex.decode(c.path("signature").asText(""));
        } catch (IllegalArgumentException e) {
            throw unreadableConfirmation(c, "its signature is not hex");
        }
        List<SafeSignature> parsed = SafeSignatures.parse(packed, hash);
        if (parsed.size() != 1) {
            throw unreadableConfirmation(c, parsed.isEmpty() ? "its signature is empty" : "it holds " + parsed.size() + " signatures");
        }
        return parsed.get(0);
    }

    private static Address owner(JsonNode c) {
        try {
            return Address.parse(c.path("owner").asText(""));
        } catch (IllegalArgumentException e) {
            throw unreadableConfirmation(c, "its owner is not an address");
        }
    }

    private static UserFacingException unreadableConfirmation(JsonNode c, String why) {
        return new UserFacingException("The Transaction Service lists a confirmation Steward cannot read (" + why
                + "): the transaction was refused; check the service URL.");
    }

    private static ObjectNode fields(SafeTx tx) {
        return SafeTxJson.write(tx, JSON.createObjectNode(), true);
    }

    private String send(String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (apiKey != null) {
            b.header("Authorization", "Bearer " + apiKey);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> r;
            try {
                r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UserFacingException("The Transaction Service at " + base.getHost() + " cannot be reached (" + e.getClass().getSimpleName()
                        + "): check its URL and your connection; signatures can also travel as a signed file.", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserFacingException("The request to the Transaction Service was cancelled.", e);
            }
            if (r.statusCode() == 429 && attempt < MAX_RETRIES) {
                pause(1000L << attempt);
                continue;
            }
            if (r.statusCode() == 401 || r.statusCode() == 403) {
                throw new UserFacingException("The Transaction Service refused the request (HTTP " + r.statusCode()
                        + "): set a valid API key in the profile.");
            }
            if (r.statusCode() >= 400) {
                throw new UserFacingException("The Transaction Service refused the request (HTTP " + r.statusCode() + "): " + abbreviated(r.body()));
            }
            return r.body();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserFacingException("Waiting for the Transaction Service was cancelled.", e);
        }
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UserFacingException("The Transaction Service sent something that is not JSON: check its URL.", e);
        }
    }

    private static String abbreviated(String body) {
        String b = body == null ? "" : body.strip();
        return b.length() > 300 ? b.substring(0, 297) + "…" : b;
    }
}
