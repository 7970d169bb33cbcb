package org.steward.wallet.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EIP-712 field type as the Ethereum app's STRUCT DEFINITION describes it: a base kind, a
 * size for intN/uintN/bytesN, a struct name for custom types, and array levels in written order
 * ({@code -1} for a dynamic level, the length for a fixed one).
 */
public record Eip712Type(Kind kind, int size, String structName, List<Integer> arrayLevels) {

    /** The app's 4-bit type codes. */
    public enum Kind {
        CUSTOM(0), INT(1), UINT(2), ADDRESS(3), BOOL(4), STRING(5), FIXED_BYTES(6), DYNAMIC_BYTES(7);

        final int code;

        Kind(int code) {
            this.code = code;
        }

        public static Kind of(int code) {
            for (Kind k : values()) {
                if (k.code == code) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown EIP-712 type code " + code);
        }
    }

    public static final int ARRAY_BIT = 0x80;
    public static final int SIZE_BIT = 0x40;
    private static final Pattern LEVEL = Pattern.compile("\\[(\\d*)]");
    private static final Pattern SIZED = Pattern.compile("(u?int|bytes)(\\d+)");

    public static Eip712Type parse(String declared) {
        int bracket = declared.indexOf('[');
        String base = bracket < 0 ? declared : declared.substring(0, bracket);
        List<Integer> levels = new ArrayList<>();
        if (bracket >= 0) {
            Matcher m = LEVEL.matcher(declared.substring(bracket));
            while (m.find()) {
                levels.add(m.group(1).isEmpty() ? -1 : Integer.parseInt(m.group(1)));
            }
        }
        Matcher sized = SIZED.matcher(base);
        if (sized.matches()) {
            int n = Integer.parseInt(sized.group(2));
            return switch (sized.group(1)) {
                case "int" -> new Eip712Type(Kind.INT, n / 8, null, levels);
                case "uint" -> new Eip712Type(Kind.UINT, n / 8, null, levels);
                default -> new Eip712Type(Kind.FIXED_BYTES, n, null, levels);
            };
        }
        return switch (base) {
            case "address" -> new Eip712Type(Kind.ADDRESS, 0, null, levels);
            case "bool" -> new Eip712Type(Kind.BOOL, 0, null, levels);
            case "string" -> new Eip712Type(Kind.STRING, 0, null, levels);
            case "bytes" -> new Eip712Type(Kind.DYNAMIC_BYTES, 0, null, levels);
            case "int" -> new Eip712Type(Kind.INT, 32, null, levels);
            case "uint" -> new Eip712Type(Kind.UINT, 32, null, levels);
            default -> new Eip712Type(Kind.CUSTOM, 0, base, levels);
        };
    }

    boolean hasSize() {
        return kind == Kind.INT || kind == Kind.UINT || kind == Kind.FIXED_BYTES;
    }

    /** The element type one array level down. */
    public Eip712Type element() {
        return new Eip712Type(kind, size, structName, arrayLevels.subList(1, arrayLevels.size()));
    }

    /** Back to the type string EIP-712 hashes (e.g. {@code uint8[2][]}). */
    public String declared() {
        String base = switch (kind) {
            case CUSTOM -> structName;
            case INT -> "int" + size * 8;
            case UINT -> "uint" + size * 8;
            case ADDRESS -> "address";
            case BOOL -> "bool";
            case STRING -> "string";
            case FIXED_BYTES -> "bytes" + size;
            case DYNAMIC_BYTES -> "bytes";
        };
        StringBuilder b = new StringBuilder(base);
        arrayLevels.forEach(l -> b.append('[').append(l < 0 ? "" : l.toString()).append(']'));
        return b.toString();
    }

    /** One field of a STRUCT DEFINITION as the Ethereum app receives it: its name and its declared type. */
    public record FieldDefinition(String name, String type) {
    }

    /**
     * Reads a STRUCT DEFINITION field APDU's data (type descriptor, size or struct name, array
     * levels, field name) back into the field it declares: what the device, and so the screen
     * preview and the simulator, make of the bytes sent.
     */
    public static FieldDefinition decodeField(byte[] data) {
        int at = 0;
        int desc = data[at++] & 0xff;
        Kind kind = Kind.of(desc & 0x0f);
        String base;
        if (kind == Kind.CUSTOM) {
            int n = data[at++] & 0xff;
            base = new String(data, at, n, java.nio.charset.StandardCharsets.UTF_8);
            at += n;
        } else {
            int size = (desc & SIZE_BIT) != 0 ? data[at++] & 0xff : 0;
            base = switch (kind) {
                case INT -> "int" + size * 8;
                case UINT -> "uint" + size * 8;
                case ADDRESS -> "address";
                case BOOL -> "bool";
                case STRING -> "string";
                case FIXED_BYTES -> "bytes" + size;
                default -> "bytes";
            };
        }
        StringBuilder type = new StringBuilder(base);
        if ((desc & ARRAY_BIT) != 0) {
            int levels = data[at++] & 0xff;
            for (int i = 0; i < levels; i++) {
                type.append(data[at++] == 0 ? "[]" : "[" + (data[at++] & 0xff) + "]");
            }
        }
        int n = data[at++] & 0xff;
        return new FieldDefinition(new String(data, at, n, java.nio.charset.StandardCharsets.UTF_8), type.toString());
    }
}
