package org.steward.governance.domain.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SignatureException;
import java.util.Arrays;
import java.util.List;
import org.steward.core.UserFacingException;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.crypto.StructuredDataEncoder;

/**
 * A signed message as the sequencer receives it: {@code {address, sig, data: {domain, types,
 * message}}}. Its digest is computed from the envelope's own types, whatever they are, so that
 * any envelope (ours, snapshot.js's, an older client's with {@code address}/{@code bytes32}
 * fields) can be checked for who signed it.
 */
public record SnapshotEnvelope(String address, String sig, ObjectNode data) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** EIP712Domain fields in the order ethers derives them from the domain object's keys. */
    private static final List<String[]> DOMAIN_FIELDS = List.of(
            new String[] {"name", "string"},
            new String[] {"version", "string"},
            new String[] {"chainId", "uint256"},
            new String[] {"verifyingContract", "address"},
            new String[] {"salt", "bytes32"});

    public static SnapshotEnvelope parse(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || !root.path("address").isTextual() || !root.path("sig").isTextual() || !root.path("data").isObject()) {
                throw new UserFacingException("The envelope must be a JSON object with address, sig and data.");
            }
            return new SnapshotEnvelope(root.get("address").asText(), root.get("sig").asText(), (ObjectNode) root.get("data"));
        } catch (JsonProcessingException e) {
            throw new UserFacingException("The envelope is not valid JSON: copy it again from its source.", e);
        }
    }

    /** The EIP-712 digest of {@code data}; EIP712Domain is derived from the domain's fields, as ethers does. */
    public Hash32 digest() {
        ObjectNode typed = JSON.createObjectNode();
        ObjectNode types = ((ObjectNode) data.path("types")).deepCopy();
        types.remove("EIP712Domain");
        ObjectNode withDomain = typed.putObject("types");
        ArrayNode domainType = withDomain.putArray("EIP712Domain");
        JsonNode domain = data.path("domain");
        for (String[] field : DOMAIN_FIELDS) {
            if (domain.has(field[0])) {
                domainType.addObject().put("name", field[0]).put("type", field[1]);
            }
        }
        withDomain.setAll(types);
        if (types.size() != 1) {
            throw new UserFacingException("The envelope's types must define exactly one message struct.");
        }
        typed.put("primaryType", types.fieldNames().next());
        typed.set("domain", domain.deepCopy());
        typed.set("message", withByteArraysAsIntegers((ObjectNode) data.path("message").deepCopy(), types.elements().next()));
        try {
            return Hash32.of(new StructuredDataEncoder(JSON.writeValueAsString(typed)).hashStructuredData());
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("The envelope's typed data cannot be encoded: " + e.getMessage() + ".", e);
        }
    }

    /**
     * ethers v5 reads an array of byte values given for an integer field as the big-endian
     * number of those bytes ({@code BigNumber.from} takes any {@code isBytes} value), and
     * snapshot.js's Client712 relies on it: it signs copeland's ranking under the plain
     * {@code Vote} types, whose {@code choice} is {@code uint32}, so {@code [2,1,3]} is signed as
     * 0x020103. A value beyond the field's width is refused, as ethers refuses to encode it.
     */
    private static ObjectNode withByteArraysAsIntegers(ObjectNode message, JsonNode fields) {
        for (JsonNode field : fields) {
            String type = field.path("type").asText();
            JsonNode value = message.get(field.path("name").asText());
            if (!type.matches("u?int[0-9]{0,3}")
                    || value == null || !value.isArray() || value.isEmpty()) {
                continue;
            }
            byte[] bytes = new byte[value.size()];
            for (int i = 0; i < bytes.length; i++) {
                JsonNode b = value.get(i);
                if (!b.isIntegralNumber() || b.asInt() < 0 || b.asInt() > 255) {
                    throw new UserFacingException("The envelope's " + field.path("name").asText() + " is not a number.");
                }
                bytes[i] = (byte) b.asInt();
            }
            BigInteger number = new BigInteger(1, bytes);
            int width = type.replaceAll("\\D", "").isEmpty() ? 256 : Integer.parseInt(type.replaceAll("\\D", ""));
            if (number.bitLength() > (type.startsWith("u") ? width : width - 1)) {
                throw new UserFacingException("The envelope's " + field.path("name").asText() + " is out of bounds for " + type + ".");
            }
            message.put(field.path("name").asText(), number);
        }
        return message;
    }

    /** The address whose key made {@code sig} over {@link #digest()}. */
    public Address recoverSigner() {
        byte[] raw = Hex.decode(sig);
        if (raw.length != 65) {
            throw new UserFacingException("The signature has " + raw.length + " bytes; an ECDSA signature has 65.");
        }
        byte v = raw[64] < 27 ? (byte) (raw[64] + 27) : raw[64];
        Sign.SignatureData signature = new Sign.SignatureData(v, Arrays.copyOfRange(raw, 0, 32), Arrays.copyOfRange(raw, 32, 64));
        try {
            BigInteger publicKey = Sign.signedMessageHashToKey(digest().bytes(), signature);
            return Address.parse("0x" + Keys.getAddress(publicKey));
        } catch (SignatureException e) {
            throw new UserFacingException("The signature does not recover to any key: it is corrupt.", e);
        }
    }
}
