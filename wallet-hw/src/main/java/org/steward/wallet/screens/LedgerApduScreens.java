package org.steward.wallet.screens;

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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.sign.screen.DeviceModel;
import org.steward.core.sign.screen.DeviceScreen;
import org.steward.wallet.ledger.Eip712Type;
import org.web3j.crypto.StructuredDataEncoder;

/**
 * Reads a signing request from the APDUs the Ethereum app receives (SIGN TX, SIGN PERSONAL MESSAGE,
 * the EIP-712 struct definitions and implementations, SIGN EIP-712) the way the app does, and
 * gives the screens it then shows. Fed by the host's APDUs for a preview and by the simulator's
 * received APDUs for its record, so the two can only agree if the bytes agree.
 */
public final class LedgerApduScreens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOMAIN = "EIP712Domain";

    private final DeviceModel model;
    private ByteArrayOutputStream tx;
    private ByteArrayOutputStream personal;
    private int personalLength;
    private final Map<String, List<Eip712Type.FieldDefinition>> types = new LinkedHashMap<>();
    private String defining;
    private final List<Object> stream = new ArrayList<>();
    private ByteArrayOutputStream partial;

    public LedgerApduScreens(DeviceModel model) {
        this.model = model;
    }

    /** The screens shown for the last request these APDUs complete; empty if none completes. */
    public static List<DeviceScreen> of(DeviceModel model, List<byte[]> apdus) {
        LedgerApduScreens reader = new LedgerApduScreens(model);
        List<DeviceScreen> last = List.of();
        for (byte[] apdu : apdus) {
            java.util.Optional<List<DeviceScreen>> shown = reader.accept(apdu);
            if (shown.isPresent()) {
                last = shown.get();
            }
        }
        return last;
    }

    /**
     * Takes one APDU; when it completes a request, the screens the device now shows. An APDU the
     * reader cannot make sense of ends the request under way (the app answers it with an error).
     */
    public java.util.Optional<List<DeviceScreen>> accept(byte[] apdu) {
        if (apdu.length < 5 || (apdu[0] & 0xff) != 0xE0) {
            return java.util.Optional.empty();
        }
        int ins = apdu[1] & 0xff;
        int p1 = apdu[2] & 0xff;
        int p2 = apdu[3] & 0xff;
        byte[] data = Arrays.copyOfRange(apdu, 5, Math.min(apdu.length, 5 + (apdu[4] & 0xff)));
        try {
            List<ReviewStep> steps = switch (ins) {
                case 0x04 -> transaction(p1, data);
                case 0x08 -> personal(p1, data);
                case 0x0C -> p2 == 0x01 ? full() : LedgerReviews.typedDataHashed(model,
                        Arrays.copyOfRange(data, pathLength(data), pathLength(data) + 32),
                        Arrays.copyOfRange(data, pathLength(data) + 32, pathLength(data) + 64));
                case 0x1A -> define(p2, data);
                case 0x1C -> implement(p1, p2, data);
                default -> null;
            };
            if (steps == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(LedgerPager.page(model, steps));
        } catch (RuntimeException | IOException e) {
            tx = null;
            personal = null;
            return java.util.Optional.empty();
        }
    }

    private List<ReviewStep> transaction(int p1, byte[] data) {
        if (p1 == 0x00) {
            tx = new ByteArrayOutputStream();
            tx.write(data, pathLength(data), data.length - pathLength(data));
        } else if (tx == null) {
            return null;
        } else {
            tx.writeBytes(data);
        }
        byte[] payload = tx.toByteArray();
        if (payload.length < RlpLength.expected(payload)) {
            return null;
        }
        tx = null;
        return LedgerReviews.transaction(model, payload);
    }

    private List<ReviewStep> personal(int p1, byte[] data) {
        if (p1 == 0x00) {
            int at = pathLength(data);
            personalLength = (data[at] & 0xff) << 24 | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | data[at + 3] & 0xff;
            personal = new ByteArrayOutputStream();
            personal.write(data, at + 4, data.length - at - 4);
        } else if (personal == null) {
            return null;
        } else {
            personal.writeBytes(data);
        }
        if (personal.size() < personalLength) {
            return null;
        }
        byte[] message = personal.toByteArray();
        personal = null;
        return LedgerReviews.personalMessage(model, message);
    }

    private List<ReviewStep> define(int p2, byte[] data) {
        if (p2 == 0x00) {
            if (!stream.isEmpty()) {
                types.clear();
                stream.clear();
            }
            defining = new String(data, StandardCharsets.UTF_8);
            types.put(defining, new ArrayList<>());
            return null;
        }
        types.get(defining).add(Eip712Type.decodeField(data));
        return null;
    }

    private List<ReviewStep> implement(int p1, int p2, byte[] data) {
        switch (p2) {
            case 0x00 -> stream.add(new String(data, StandardCharsets.UTF_8));
            case 0x0F -> stream.add(data[0] & 0xff);
            default -> {
                if (partial == null) {
                    partial = new ByteArrayOutputStream();
                }
                partial.writeBytes(data);
                if (p1 == 0x00) {
                    byte[] framed = partial.toByteArray();
                    partial = null;
                    stream.add(Arrays.copyOfRange(framed, 2, framed.length));
                }
            }
        }
        return null;
    }

    /** Walks the received values along the received types, as the app's path does, and hashes the message. */
    private List<ReviewStep> full() throws IOException {
        Deque<Object> values = new ArrayDeque<>(stream);
        List<LedgerReviews.Eip712Item> items = new ArrayList<>();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode typesNode = root.putObject("types");
        types.forEach((name, fields) -> {
            ArrayNode list = typesNode.putArray(name);
            fields.forEach(f -> list.addObject().put("name", f.name()).put("type", f.type()));
        });
        String domainRoot = (String) values.pop();
        items.add(new LedgerReviews.Eip712Item(domainRoot, null, null));
        root.set("domain", struct(domainRoot, values, items));
        String primary = domainRoot;
        if (!values.isEmpty()) {
            primary = (String) values.pop();
            items.add(new LedgerReviews.Eip712Item(primary, null, null));
            root.set("message", struct(primary, values, items));
        } else {
            root.putObject("message");
        }
        root.put("primaryType", primary);
        byte[] messageHash = new byte[32];
        if (!DOMAIN.equals(primary)) {
            StructuredDataEncoder encoder = new StructuredDataEncoder(JSON.writeValueAsString(root));
            messageHash = encoder.hashMessage(primary, messageMap(encoder));
        }
        types.clear();
        stream.clear();
        return LedgerReviews.typedDataFull(model, items, messageHash);
    }

    @SuppressWarnings("unchecked")
    private static java.util.HashMap<String, Object> messageMap(StructuredDataEncoder encoder) {
        return (java.util.HashMap<String, Object>) encoder.jsonMessageObject.getMessage();
    }

    private ObjectNode struct(String name, Deque<Object> values, List<LedgerReviews.Eip712Item> items) {
        ObjectNode node = JSON.createObjectNode();
        for (Eip712Type.FieldDefinition f : types.get(name)) {
            node.set(f.name(), value(f.name(), Eip712Type.parse(f.type()), values, items));
        }
        return node;
    }

    private JsonNode value(String key, Eip712Type type, Deque<Object> values, List<LedgerReviews.Eip712Item> items) {
        if (!type.arrayLevels().isEmpty()) {
            int n = (Integer) values.pop();
            ArrayNode array = JSON.createArrayNode();
            for (int i = 0; i < n; i++) {
                array.add(value(key, type.element(), values, items));
            }
            return array;
        }
        if (type.kind() == Eip712Type.Kind.CUSTOM) {
            return struct(type.structName(), values, items);
        }
        byte[] raw = (byte[]) values.pop();
        items.add(new LedgerReviews.Eip712Item(key, type, raw));
        return switch (type.kind()) {
            case UINT -> JSON.getNodeFactory().numberNode(new BigInteger(1, raw));
            case INT -> JSON.getNodeFactory().numberNode(new BigInteger(raw));
            case BOOL -> JSON.getNodeFactory().booleanNode(raw[0] != 0);
            case STRING -> JSON.getNodeFactory().textNode(new String(raw, StandardCharsets.UTF_8));
            default -> JSON.getNodeFactory().textNode("0x" + HexFormat.of().formatHex(raw));
        };
    }

    private static int pathLength(byte[] data) {
        return 1 + 4 * (data[0] & 0xff);
    }
}
