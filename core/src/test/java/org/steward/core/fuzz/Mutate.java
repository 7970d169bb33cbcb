package org.steward.core.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Mutations of a valid sample: what a lying device, node or server sends is mostly almost right. */
public final class Mutate {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Mutate() {
    }

    /** One to four byte-level mutations: flips, cuts, inserts, repeated slices and 32-byte words set to edge values. */
    public static byte[] bytes(Random r, byte[] sample) {
        byte[] b = sample.clone();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            b = once(r, b);
        }
        return b;
    }

    private static byte[] once(Random r, byte[] b) {
        if (b.length == 0) {
            return randomBytes(r, r.nextInt(80));
        }
        int at = r.nextInt(b.length);
        switch (r.nextInt(7)) {
            case 0 -> {
                b[at] ^= (byte) (1 << r.nextInt(8));
                return b;
            }
            case 1 -> {
                b[at] = (byte) (new int[] {0, 0xff, 0x7f, 0x80, 1, 0x20, 0x41}[r.nextInt(7)]);
                return b;
            }
            case 2 -> {
                return java.util.Arrays.copyOf(b, at);
            }
            case 3 -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(b, 0, at);
                out.writeBytes(randomBytes(r, 1 + r.nextInt(40)));
                out.write(b, at, b.length - at);
                return out.toByteArray();
            }
            case 4 -> {
                int len = Math.min(b.length - at, 1 + r.nextInt(64));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(b);
                for (int k = r.nextInt(4); k >= 0; k--) {
                    out.write(b, at, len);
                }
                return out.toByteArray();
            }
            case 5 -> {
                int word = at / 32 * 32;
                if (word + 32 <= b.length) {
                    System.arraycopy(edgeWord(r, b.length), 0, b, word, 32);
                }
                return b;
            }
            default -> {
                int from = r.nextInt(b.length);
                int len = Math.min(b.length - Math.max(at, from), 1 + r.nextInt(32));
                System.arraycopy(b, from, b, at, Math.max(0, len));
                return b;
            }
        }
    }

    /** A 32-byte word holding a value that breaks careless offset, length or number handling. */
    public static byte[] edgeWord(Random r, int dataLength) {
        BigInteger v = switch (r.nextInt(9)) {
            case 8 -> BigInteger.valueOf(Integer.MAX_VALUE - 31);
            case 0 -> BigInteger.ZERO;
            case 1 -> BigInteger.TWO.pow(256).subtract(BigInteger.ONE);
            case 2 -> BigInteger.valueOf(Integer.MAX_VALUE);
            case 3 -> BigInteger.TWO.pow(31);
            case 4 -> BigInteger.valueOf(dataLength);
            case 5 -> BigInteger.valueOf(dataLength - 32L).max(BigInteger.ZERO);
            case 6 -> BigInteger.TWO.pow(64);
            default -> BigInteger.valueOf(r.nextInt(256) * 32L);
        };
        byte[] w = new byte[32];
        byte[] raw = v.toByteArray();
        int len = Math.min(32, raw.length);
        System.arraycopy(raw, raw.length - len, w, 32 - len, len);
        return w;
    }

    public static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    /** A JSON sample with one to three nodes replaced by hostile ones (nulls, wrong kinds, edge numbers, odd text). */
    public static String json(Random r, String sample) {
        try {
            JsonNode root = JSON.readTree(sample);
            for (int i = 1 + r.nextInt(3); i > 0; i--) {
                root = replaceOne(r, root);
            }
            String text = JSON.writeValueAsString(root);
            return r.nextInt(12) == 0 ? text.substring(0, r.nextInt(text.length() + 1)) : text;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode replaceOne(Random r, JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return hostile(r);
        }
        JsonNode c = containers.get(r.nextInt(containers.size()));
        if (c instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.get(r.nextInt(names.size()));
            if (r.nextInt(5) == 0) {
                o.remove(name);
            } else {
                o.set(name, hostile(r));
            }
        } else if (c instanceof ArrayNode a) {
            if (a.size() > 0 && r.nextBoolean()) {
                a.set(r.nextInt(a.size()), hostile(r));
            } else {
                a.add(hostile(r));
            }
        }
        return root;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                collect(it.next().getValue(), out);
            }
            if (n.isArray()) {
                n.forEach(e -> collect(e, out));
            }
        }
    }

    /** A value of the wrong kind or at the edge of its kind. */
    public static JsonNode hostile(Random r) {
        return switch (r.nextInt(16)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode("");
            case 2 -> NODES.numberNode(-1);
            case 3 -> NODES.numberNode(new BigInteger("1" + "0".repeat(80)));
            case 4 -> NODES.numberNode(1e308 * 10);
            case 5 -> NODES.textNode("0x");
            case 6 -> NODES.textNode("0x" + "f".repeat(r.nextInt(3) * 33 + 1));
            case 7 -> NODES.arrayNode().add(NODES.nullNode());
            case 8 -> NODES.objectNode();
            case 9 -> NODES.booleanNode(true);
            case 10 -> NODES.textNode("‮0xdead\u001b]8;;x\u0007");
            case 11 -> NODES.textNode("-1");
            case 12 -> NODES.numberNode(1.5);
            case 13 -> NODES.textNode("1e999");
            case 14 -> NODES.textNode("0x" + "ab".repeat(r.nextInt(70)));
            default -> NODES.numberNode(Long.MIN_VALUE);
        };
    }

    /** Text with a few characters replaced or inserted from a hostile alphabet. */
    public static String text(Random r, String sample, String alphabet) {
        StringBuilder s = new StringBuilder(sample);
        for (int i = 1 + r.nextInt(6); i > 0; i--) {
            int at = s.length() == 0 ? 0 : r.nextInt(s.length() + 1);
            String piece = String.valueOf(alphabet.charAt(r.nextInt(alphabet.length()))).repeat(1 + (r.nextInt(5) == 0 ? r.nextInt(200) : 0));
            switch (r.nextInt(3)) {
                case 0 -> s.insert(at, piece);
                case 1 -> {
                    if (at < s.length()) {
                        s.setCharAt(at, piece.charAt(0));
                    }
                }
                default -> s.setLength(Math.min(s.length(), at + r.nextInt(4)));
            }
        }
        return s.toString();
    }
}
