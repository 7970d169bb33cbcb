package org.steward.core.sign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Optional;
import org.steward.core.eth.Hash32;
import org.web3j.crypto.Hash;
import org.web3j.crypto.StructuredData;
import org.web3j.crypto.StructuredDataEncoder;

/**
 * EIP-712 typed data. The digest is keccak256(0x19 0x01 domainHash messageHash); a domain-only
 * document (primary type EIP712Domain) has no message hash and signs keccak256(0x19 0x01 domainHash).
 * Hashed-mode devices show exactly the two hashes, which is why both are kept.
 */
public record TypedDataRequest(DerivationPath path, String json, String primaryType, Hash32 domainHash,
                               Optional<Hash32> messageHash) implements SigningRequest {

    private static final String DOMAIN_TYPE = "EIP712Domain";
    private static final ObjectMapper SHAPE_READER = new ObjectMapper();

    public static TypedDataRequest parse(DerivationPath path, String json) {
        requireShape(json);
        try {
            StructuredDataEncoder encoder = new StructuredDataEncoder(json);
            StructuredData.EIP712Message message = encoder.jsonMessageObject;
            Hash32 domain = Hash32.of(encoder.hashDomain());
            Optional<Hash32> body = DOMAIN_TYPE.equals(message.getPrimaryType())
                    ? Optional.empty()
                    : Optional.of(Hash32.of(encoder.hashMessage(message.getPrimaryType(), messageData(message))));
            return new TypedDataRequest(path, json, message.getPrimaryType(), domain, body);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the typed data is not valid EIP-712 JSON (" + e.getMessage() + "): check the file.", e);
        }
    }

    /**
     * The members EIP-712 requires, named when missing: web3j's encoder answers a document without
     * them with a bare NullPointerException.
     */
    private static void requireShape(String json) {
        JsonNode root;
        try {
            root = SHAPE_READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the typed data is not JSON (" + e.getOriginalMessage() + " at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + "): check the file.", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the typed data must be a JSON object with types, primaryType, domain and message.");
        }
        JsonNode types = root.get("types");
        if (types == null || !types.isObject() || !types.has(DOMAIN_TYPE)) {
            throw new IllegalArgumentException("the typed data has no \"types\" object with an EIP712Domain entry: it is not EIP-712.");
        }
        JsonNode primary = root.get("primaryType");
        if (primary == null || !primary.isTextual() || !types.has(primary.asText())) {
            throw new IllegalArgumentException("the typed data's \"primaryType\" must name one of its types.");
        }
        if (!root.path("domain").isObject()) {
            throw new IllegalArgumentException("the typed data has no \"domain\" object.");
        }
        if (!DOMAIN_TYPE.equals(primary.asText()) && !root.path("message").isObject()) {
            throw new IllegalArgumentException("the typed data has no \"message\" object for its primary type " + primary.asText() + ".");
        }
    }

    @SuppressWarnings("unchecked")
    private static HashMap<String, Object> messageData(StructuredData.EIP712Message message) {
        return (HashMap<String, Object>) message.getMessage();
    }

    @Override
    public Hash32 digest() {
        byte[] body = messageHash.map(Hash32::bytes).orElse(new byte[0]);
        byte[] pre = new byte[2 + 32 + body.length];
        pre[0] = 0x19;
        pre[1] = 0x01;
        System.arraycopy(domainHash.bytes(), 0, pre, 2, 32);
        System.arraycopy(body, 0, pre, 34, body.length);
        return Hash32.of(Hash.sha3(pre));
    }

    @Override
    public String summary() {
        return "Sign EIP-712 typed data (" + primaryType + "), digest " + digest().hex();
    }

    @Override
    public String deviceText() {
        return "Domain hash " + domainHash.hex() + messageHash.map(h -> " / Message hash " + h.hex()).orElse("");
    }
}
