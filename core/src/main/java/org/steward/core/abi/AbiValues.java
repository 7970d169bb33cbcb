package org.steward.core.abi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.DynamicStruct;
import org.web3j.abi.datatypes.Int;
import org.web3j.abi.datatypes.StaticArray;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Uint;
import org.web3j.abi.datatypes.Utf8String;

/**
 * Turns what a person typed for one parameter into the web3j value its encoder takes, with a
 * sentence naming the parameter when the text does not fit the type. Arrays and tuples are JSON.
 */
final class AbiValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AbiValues() {
    }

    static Type<?> parse(AbiParam p, String text) {
        String t = text == null ? "" : text.strip();
        if (p.isArray()) {
            return array(p, elements(p, t));
        }
        if (p.isTuple()) {
            List<String> parts = elements(p, t);
            if (parts.size() != p.components().size()) {
                throw bad(p, t, "a tuple of " + p.components().size() + " values, written as a JSON array");
            }
            List<Type> values = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                values.add(parse(p.components().get(i), parts.get(i)));
            }
            return isDynamic(p) ? new DynamicStruct(values) : new StaticStruct(values);
        }
        String type = p.type();
        if (type.startsWith("uint")) {
            return new Uint(integer(p, t, bits(type, "uint"), false));
        }
        if (type.startsWith("int")) {
            return new Int(integer(p, t, bits(type, "int"), true));
        }
        return switch (type) {
            case "address" -> new org.web3j.abi.datatypes.Address(address(p, t).lowerHex());
            case "bool" -> new Bool(bool(p, t));
            case "string" -> new Utf8String(text == null ? "" : text);
            case "bytes" -> new DynamicBytes(hex(p, t, -1));
            default -> {
                if (type.startsWith("bytes")) {
                    int size = Integer.parseInt(type.substring(5));
                    yield fixedBytes(size, hex(p, t, size));
                }
                throw new AbiException("Steward cannot encode parameters of type " + type + " (\"" + p.name() + "\"): use the raw call data instead.");
            }
        };
    }

    static boolean isDynamic(AbiParam p) {
        if (p.isArray()) {
            return p.fixedLength() < 0 || isDynamic(p.element());
        }
        if (p.isTuple()) {
            return p.components().stream().anyMatch(AbiValues::isDynamic);
        }
        return p.type().equals("bytes") || p.type().equals("string");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Type<?> array(AbiParam p, List<String> parts) {
        AbiParam element = p.element();
        List<Type> values = new ArrayList<>();
        for (String part : parts) {
            values.add(parse(element, part));
        }
        int k = p.fixedLength();
        if (k < 0) {
            return new DynamicArray(typeClass(element), values);
        }
        if (values.size() != k) {
            throw bad(p, String.valueOf(parts), "exactly " + k + " values");
        }
        return new StaticArray(typeClass(element), k, values) { };
    }

    /** The element class only names the array's type; encoding follows the values themselves. */
    private static Class<? extends Type> typeClass(AbiParam p) {
        if (p.isArray()) {
            return p.fixedLength() < 0 ? DynamicArray.class : StaticArray.class;
        }
        if (p.isTuple()) {
            return isDynamic(p) ? DynamicStruct.class : StaticStruct.class;
        }
        String t = p.type();
        if (t.startsWith("uint")) {
            return Uint.class;
        }
        if (t.startsWith("int")) {
            return Int.class;
        }
        return switch (t) {
            case "address" -> org.web3j.abi.datatypes.Address.class;
            case "bool" -> Bool.class;
            case "string" -> Utf8String.class;
            case "bytes" -> DynamicBytes.class;
            default -> org.web3j.abi.datatypes.Bytes.class;
        };
    }

    private static List<String> elements(AbiParam p, String t) {
        JsonNode node;
        try {
            node = JSON.readTree(t.isEmpty() ? "[]" : t);
        } catch (JsonProcessingException e) {
            throw bad(p, t, "a JSON array such as [\"0x…\", \"0x…\"]");
        }
        if (node == null || !node.isArray()) {
            throw bad(p, t, "a JSON array such as [\"0x…\", \"0x…\"]");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : node) {
            out.add(e.isTextual() ? e.asText() : e.isContainerNode() ? e.toString() : e.asText());
        }
        return out;
    }

    private static int bits(String type, String prefix) {
        String n = type.substring(prefix.length());
        int bits = n.isEmpty() ? 256 : Integer.parseInt(n);
        if (bits < 8 || bits > 256 || bits % 8 != 0) {
            throw new AbiException(type + " is not a valid ABI type: the ABI is malformed.");
        }
        return bits;
    }

    private static BigInteger integer(AbiParam p, String t, int bits, boolean signed) {
        String s = t.replace("_", "");
        BigInteger v;
        try {
            boolean negative = s.startsWith("-");
            String body = negative ? s.substring(1) : s;
            v = body.startsWith("0x") || body.startsWith("0X") ? new BigInteger(body.substring(2), 16) : new BigInteger(body);
            v = negative ? v.negate() : v;
        } catch (NumberFormatException e) {
            throw bad(p, t, "a whole number (decimal, or hex with 0x)");
        }
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        if (v.compareTo(min) < 0 || v.compareTo(max) > 0) {
            throw bad(p, t, "a number from " + min + " to " + max);
        }
        return v;
    }

    private static Address address(AbiParam p, String t) {
        try {
            return Address.parse(t);
        } catch (IllegalArgumentException e) {
            throw new AbiException(prefix(p) + e.getMessage(), e);
        }
    }

    private static boolean bool(AbiParam p, String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(p, t, "true or false");
        };
    }

    private static byte[] hex(AbiParam p, String t, int size) {
        if (!t.matches("0[xX]([0-9a-fA-F]{2})*")) {
            throw bad(p, t, size < 0 ? "hex bytes starting with 0x" : size + " bytes of hex starting with 0x");
        }
        byte[] b = Hex.decode(t.toLowerCase(Locale.ROOT));
        if (size >= 0 && b.length != size) {
            throw bad(p, t, size + " bytes of hex (got " + b.length + ")");
        }
        return b;
    }

    private static Type<?> fixedBytes(int size, byte[] value) {
        try {
            Class<?> c = Class.forName("org.web3j.abi.datatypes.generated.Bytes" + size);
            return (Type<?>) c.getConstructor(byte[].class).newInstance((Object) value);
        } catch (ReflectiveOperationException e) {
            throw new AbiException("bytes" + size + " is not a valid ABI type: the ABI is malformed.", e);
        }
    }

    static AbiException bad(AbiParam p, String text, String expected) {
        return new AbiException(prefix(p) + "\"" + abbreviate(text) + "\" is not " + expected + ".");
    }

    private static String prefix(AbiParam p) {
        return "Argument " + (p.name().isEmpty() ? "" : "\"" + p.name() + "\" ") + "(" + p.canonicalType() + "): ";
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "…" : text;
    }
}
