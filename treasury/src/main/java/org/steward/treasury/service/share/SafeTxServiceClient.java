package org.steward.treasury.service.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.treasury.domain.SafeDomain;
import org.steward.treasury.domain.SafeInputException;
import org.steward.treasury.domain.SafeSignature;
import org.steward.treasury.domain.SafeSignatures;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeTxHash;
import org.steward.treasury.domain.share.SafeTxJson;
import org.steward.treasury.domain.share.SignedSafeTxFile;

/**
 * The Safe Transaction Service's REST API as safe-global/safe-transaction-service serves it at
 * commit 3e0199c490ae571f395284cbc7a6e0bac881a15e (v6.10.1), on the paths
 * {@code @safe-global/api-kit} 5.0.3 calls: propose with POST /v2/safes/{safe}/multisig-transactions/,
 * the queue with GET on the same path ({@code executed=false&nonce__gte=N}, every page through
 * {@code next}), one transaction with GET /v2/multisig-transactions/{safeTxHash}/, confirm with
 * POST /v1/multisig-transactions/{safeTxHash}/confirmations/ (the v1 list and detail views are
 * deprecated there). Nothing it returns is trusted: every safeTxHash is recomputed from the
 * returned fields for this Safe's domain and every confirmation recovered against it; an item that
 * fails is refused with the reason, the others still count. The API key is a bearer token and
 * never appears in a message. Blocking.
 */
public final class SafeTxServiceClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** At most this many pages of 100 are read from one queue: a service that pages forever is cut off. */
    static final int MAX_PAGES = 50;
    private static final java.util.regex.Pattern HASH = java.util.regex.Pattern.compile("0x[0-9a-fA-F]{64}");
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final java.util.regex.Pattern NONCE = java.util.regex.Pattern.compile("[0-9]{1,20}");

    private final TxServiceHttp http;

    /**
     * @param base the service root (https://api.safe.global/tx-service/eth) or its API root
     *             ending in /api, which is what api-kit calls txServiceUrl; both work
     */
    public SafeTxServiceClient(URI base, String apiKey) {
        this.http = new TxServiceHttp(apiRoot(base), apiKey);
    }

    static URI apiRoot(URI base) {
        String s = base.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return URI.create(s.endsWith("/api") ? s + "/" : s + "/api/");
    }

    /** Proposes {@code tx} with the proposer's own confirmation (sender = the signature's owner). */
    public void propose(SafeDomain domain, SafeTx tx, SafeSignature senderSignature) {
        Hash32 hash = SafeTxHash.of(domain, tx).safeTxHash();
        ObjectNode body = SafeTxJson.write(tx, JSON.createObjectNode(), true);
        body.put("contractTransactionHash", hash.hex()).put("sender", senderSignature.owner().checksummed())
                .put("signature", Hex.encode(exported(senderSignature))).put("origin", "steward");
        http.send("POST", http.resolve("v2/safes/" + domain.safe().checksummed() + "/multisig-transactions/"), body.toString(), false);
    }

    public void confirm(Hash32 safeTxHash, SafeSignature signature) {
        http.send("POST", http.resolve("v1/multisig-transactions/" + safeTxHash.hex() + "/confirmations/"),
                JSON.createObjectNode().put("signature", Hex.encode(exported(signature))).toString(), false);
    }

    /** The service's queue from {@code nonce} on, all pages, each item verified or refused with its reason. */
    public ServiceQueue pending(SafeDomain domain, BigInteger nonce) {
        List<SignedSafeTxFile> verified = new ArrayList<>();
        List<ServiceQueue.Refused> refused = new ArrayList<>();
        URI page = http.resolve("v2/safes/" + domain.safe().checksummed() + "/multisig-transactions/?executed=false&nonce__gte=" + nonce);
        for (int pages = 0; page != null; pages++) {
            if (pages == MAX_PAGES) {
                throw new UserFacingException("The Transaction Service's queue goes on past " + MAX_PAGES + " pages: reading stopped; check the service URL.");
            }
            JsonNode body = json(http.send("GET", page, null, false).orElseThrow());
            JsonNode results = body.path("results");
            if (!results.isArray()) {
                throw new UserFacingException("The Transaction Service answered the queue without a results list: check its URL.");
            }
            for (JsonNode item : results) {
                try {
                    verified.add(verified(domain, item));
                } catch (ItemRefused e) {
                    refused.add(new ServiceQueue.Refused(shown(text(item, "safeTxHash"), HASH), shown(text(item, "nonce"), NONCE), e.getMessage()));
                }
            }
            page = next(body.path("next"));
        }
        return new ServiceQueue(verified, refused);
    }

    /** The transaction with {@code safeTxHash}, verified; empty when the service does not know it (404). */
    public Optional<SignedSafeTxFile> find(SafeDomain domain, Hash32 safeTxHash) {
        Optional<String> body = http.send("GET", http.resolve("v2/multisig-transactions/" + safeTxHash.hex() + "/"), null, true);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        try {
            SignedSafeTxFile file = verified(domain, json(body.get()));
            if (!file.safeTxHash().equals(safeTxHash)) {
                throw new ItemRefused("the service answered with a different transaction (" + file.safeTxHash().hex() + ")");
            }
            return Optional.of(file);
        } catch (ItemRefused e) {
            throw new UserFacingException("The Transaction Service's transaction " + safeTxHash.hex() + " was refused: " + e.getMessage() + ".");
        }
    }

    public SignedSafeTxFile get(SafeDomain domain, Hash32 safeTxHash) {
        return find(domain, safeTxHash).orElseThrow(() -> new UserFacingException("The Transaction Service does not know transaction "
                + safeTxHash.hex() + " (HTTP 404)."));
    }

    /**
     * One item checked: its fields readable, its Safe this one, its safeTxHash recomputed for this
     * Safe's domain, each confirmation one signature that recovers to the owner it names.
     */
    static SignedSafeTxFile verified(SafeDomain domain, JsonNode item) {
        if (!item.isObject()) {
            throw new ItemRefused("it is not a transaction object");
        }
        SafeTx tx;
        try {
            tx = SafeTxJson.read(item);
        } catch (RuntimeException e) {
            // Only the field's name is repeated, never the service's text for it.
            java.util.regex.Matcher field = java.util.regex.Pattern.compile("the field (\\w+)").matcher(String.valueOf(e.getMessage()));
            throw new ItemRefused("its " + (field.find() ? "field " + field.group(1) : "fields") + " cannot be read (a malformed number, address or data)");
        }
        String safe = text(item, "safe");
        if (!safe.isEmpty() && !safe.equalsIgnoreCase(domain.safe().lowerHex())) {
            throw new ItemRefused("it belongs to another Safe (" + shown(safe, ADDRESS) + ")");
        }
        Hash32 hash = SafeTxHash.of(domain, tx).safeTxHash();
        String stated = text(item, "safeTxHash");
        if (!hash.hex().equalsIgnoreCase(stated)) {
            throw new ItemRefused("the service says safeTxHash " + shown(stated, HASH) + " for fields that hash to " + hash.hex()
                    + "; do not sign it, the service or the connection to it is not trustworthy");
        }
        Map<Address, SafeSignature> sigs = new LinkedHashMap<>();
        JsonNode confirmations = item.path("confirmations");
        if (!confirmations.isMissingNode() && !confirmations.isNull() && !confirmations.isArray()) {
            throw new ItemRefused("its confirmations are not a list");
        }
        for (JsonNode c : confirmations) {
            SafeSignature s = confirmation(c, hash);
            sigs.put(s.owner(), s);
        }
        return new SignedSafeTxFile(domain, tx, sigs);
    }

    private static SafeSignature confirmation(JsonNode c, Hash32 hash) {
        String owner = shown(text(c, "owner"), ADDRESS);
        String signature = text(c, "signature");
        if (signature.isEmpty()) {
            throw new ItemRefused("the confirmation of " + owner + " has no signature");
        }
        List<SafeSignature> parsed;
        Address named;
        try {
            named = Address.parse(owner);
            parsed = SafeSignatures.parse(Hex.decode(signature), hash);
        } catch (SafeInputException | IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
            throw new ItemRefused("the confirmation of " + owner + " cannot be read (a malformed owner or signature)");
        }
        if (parsed.size() != 1) {
            throw new ItemRefused("the confirmation of " + owner + " holds " + parsed.size() + " signatures instead of one");
        }
        if (!parsed.get(0).owner().equals(named)) {
            throw new ItemRefused("the confirmation of " + named.checksummed() + " was signed by " + parsed.get(0).owner().checksummed());
        }
        return parsed.get(0);
    }

    /** What the service stores for a signature: the 65 static bytes, a contract signature with its data. */
    private static byte[] exported(SafeSignature s) {
        return s instanceof SafeSignature.Contract ? SafeSignatures.pack(List.of(s)) : s.staticPart();
    }

    private URI next(JsonNode next) {
        if (next.isMissingNode() || next.isNull() || next.asText("").isEmpty()) {
            return null;
        }
        URI uri;
        try {
            uri = URI.create(next.asText());
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("The Transaction Service's next page link is not a URL: reading stopped.");
        }
        return http.onApiOrigin(uri).orElseThrow(() -> new UserFacingException("The Transaction Service's next page points to another server ("
                + uri.getHost() + "): not followed, so the API key stays with the service."));
    }

    /** Service text goes into a message only in the shape it must have, so it cannot pose as Steward's words. */
    private static String shown(String text, java.util.regex.Pattern shape) {
        return shape.matcher(text).matches() ? text : "(unreadable)";
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : "";
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UserFacingException("The Transaction Service sent something that is not JSON: check its URL.", e);
        }
    }

    /** Why one item was not taken, in a sentence the person can read; caught per item so the others still count. */
    private static final class ItemRefused extends UserFacingException {
        ItemRefused(String reason) {
            super(reason);
        }
    }
}
