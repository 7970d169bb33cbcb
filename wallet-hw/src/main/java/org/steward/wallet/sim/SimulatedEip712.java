package org.steward.wallet.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.eth.Hex;
import org.steward.wallet.ledger.Eip712Type;
import org.web3j.crypto.Hash;
import org.web3j.crypto.StructuredDataEncoder;

/**
 * The app side of full EIP-712 mode: rebuilds the types from STRUCT DEFINITION APDUs and the
 * document from STRUCT IMPLEMENTATION APDUs, then hashes it itself, so a host that sent a wrong
 * byte gets a signature over a different digest.
 */
final class SimulatedEip712 {


    /** One item of the implementation stream, in the order the host sent it. */
    private record Token(String root, Integer arraySize, byte[] value) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<Eip712Type.FieldDefinition>> types = new LinkedHashMap<>();
    private final List<Token> tokens = new ArrayList<>();
    private String defining;
    private ByteArrayOutputStream partial;

    void define(int p2, byte[] data) {
        if (p2 == 0x00) {
            defining = new String(data, StandardCharsets.UTF_8);
            types.put(defining, new ArrayList<>());
            tokens.clear();
            return;
        }
        if (defining == null) {
            throw new IllegalStateException("a field before its struct");
        }
        types.get(defining).add(Eip712Type.decodeField(data));
    }

    void implement(int p1, int p2, byte[] data) {
        switch (p2) {
            case 0x00 -> tokens.add(new Token(new String(data, StandardCharsets.UTF_8), null, null));
            case 0x0F -> tokens.add(new Token(null, data[0] & 0xff, null));
            default -> {
                if (partial == null) {
                    partial = new ByteArrayOutputStream();
                }
                partial.writeBytes(data);
                if (p1 == 0x00) {
                    byte[] framed = partial.toByteArray();
                    partial = null;
                    int length = (framed[0] & 0xff) << 8 | framed[1] & 0xff;
                    if (framed.length != length + 2) {
                        throw new IllegalStateException("value length mismatch");
                    }
                    tokens.add(new Token(null, null, Arrays.copyOfRange(framed, 2, framed.length)));
                }
            }
        }
    }

    /** keccak256(0x19 0x01 domainSeparator hashStruct(message)) of the document received. */
    byte[] digest() throws IOException {
        Deque<Token> stream = new ArrayDeque<>(tokens);
        ObjectNode root = JSON.createObjectNode();
        ObjectNode typesNode = root.putObject("types");
        types.forEach((name, fields) -> {
            ArrayNode list = typesNode.putArray(name);
            fields.forEach(f -> list.addObject().put("name", f.name()).put("type", f.type()));
        });
        String domainRoot = stream.pop().root();
        root.set("domain", struct(domainRoot, stream));
        if (stream.isEmpty()) {
            root.put("primaryType", domainRoot);
            root.putObject("message");
        } else {
            String primary = stream.pop().root();
            root.put("primaryType", primary);
            root.set("message", struct(primary, stream));
        }
        StructuredDataEncoder encoder = new StructuredDataEncoder(JSON.writeValueAsString(root));
        byte[] domain = encoder.hashDomain();
        byte[] message = domainRoot.equals(root.get("primaryType").asText()) ? new byte[0]
                : encoder.hashMessage(root.get("primaryType").asText(), messageMap(encoder));
        byte[] pre = new byte[2 + domain.length + message.length];
        pre[0] = 0x19;
        pre[1] = 0x01;
        System.arraycopy(domain, 0, pre, 2, domain.length);
        System.arraycopy(message, 0, pre, 2 + domain.length, message.length);
        types.clear();
        tokens.clear();
        return Hash.sha3(pre);
    }

    @SuppressWarnings("unchecked")
    private static java.util.HashMap<String, Object> messageMap(StructuredDataEncoder encoder) {
        return (java.util.HashMap<String, Object>) encoder.jsonMessageObject.getMessage();
    }

    private ObjectNode struct(String name, Deque<Token> stream) {
        ObjectNode node = JSON.createObjectNode();
        for (Eip712Type.FieldDefinition f : types.get(name)) {
            node.set(f.name(), value(Eip712Type.parse(f.type()), stream));
        }
        return node;
    }

    private JsonNode value(Eip712Type type, Deque<Token> stream) {
        if (!type.arrayLevels().isEmpty()) {
            int n = stream.pop().arraySize();
            ArrayNode array = JSON.createArrayNode();
            for (int i = 0; i < n; i++) {
                array.add(value(type.element(), stream));
            }
            return array;
        }
        if (type.kind() == Eip712Type.Kind.CUSTOM) {
            return struct(type.structName(), stream);
        }
        byte[] raw = stream.pop().value();
        return switch (type.kind()) {
            case UINT -> JSON.getNodeFactory().numberNode(new BigInteger(1, raw));
            case INT -> JSON.getNodeFactory().numberNode(new BigInteger(raw));
            case BOOL -> JSON.getNodeFactory().booleanNode(raw[0] != 0);
            case STRING -> JSON.getNodeFactory().textNode(new String(raw, StandardCharsets.UTF_8));
            default -> JSON.getNodeFactory().textNode(Hex.encode(raw));
        };
    }
}
