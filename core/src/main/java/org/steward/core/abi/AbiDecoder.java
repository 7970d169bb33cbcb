package org.steward.core.abi;

import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;

/**
 * Strict head/tail decoding of ABI-encoded values whose types are known only at run time, tuples
 * included (web3j decodes into classes fixed at compile time). Every offset and length is bounds
 * checked and every padding byte must be zero, so a crafted call cannot be shown as something else.
 *
 * <p>It also keeps a budget. Offsets may legally point anywhere, so a hostile {@code bytes[]} can
 * make every entry point at one blob and multiply its size by the number of entries. An honest
 * encoding never reads a byte twice, so the values decoded may not add up to more than the data
 * they came from (plus the slack of one word); nesting and the number of values are capped too.
 */
final class AbiDecoder {

    /** Deeper than any ABI a person reviews; bounds the recursion a hand-written ABI could ask for. */
    static final int MAX_DEPTH = 16;
    /** Values in one call; an honest executeBatch of a few hundred calls stays far below it. */
    static final int MAX_VALUES = 20_000;

    private final byte[] data;
    private long produced;
    private int values;

    private AbiDecoder(byte[] data) {
        this.data = data;
    }

    static List<DecodedArgument> decode(List<AbiParam> params, byte[] data) {
        AbiDecoder d = new AbiDecoder(data);
        List<Object> raws = d.tuple(params, 0, 0);
        List<DecodedArgument> out = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            AbiParam p = params.get(i);
            out.add(new DecodedArgument(p.name(), p.canonicalType(), display(raws.get(i)), raws.get(i)));
        }
        return out;
    }

    private List<Object> tuple(List<AbiParam> params, int start, int depth) {
        if (depth > MAX_DEPTH) {
            throw AbiBudgetException.of("its values nest more than " + MAX_DEPTH + " levels deep");
        }
        List<Object> out = new ArrayList<>();
        long head = start;
        for (AbiParam p : params) {
            if (AbiValues.isDynamic(p)) {
                out.add(value(p, start + offset(checkedPosition(head)), depth));
                head += 32;
            } else {
                out.add(value(p, checkedPosition(head), depth));
                head += headSize(p);
            }
        }
        return out;
    }

    private Object value(AbiParam p, int pos, int depth) {
        if (++values > MAX_VALUES) {
            throw AbiBudgetException.of("it holds more than " + MAX_VALUES + " values");
        }
        if (p.isArray()) {
            int k = p.fixedLength();
            if (k < 0) {
                int n = length(pos);
                spend(32);
                return tuple(Collections.nCopies(n, p.element()), pos + 32, depth + 1);
            }
            return tuple(Collections.nCopies(k, p.element()), pos, depth + 1);
        }
        if (p.isTuple()) {
            return tuple(p.components(), pos, depth + 1);
        }
        String t = p.type();
        byte[] w = word(pos);
        spend(32);
        if (t.startsWith("uint")) {
            BigInteger v = new BigInteger(1, w);
            requireFits(v.bitLength() <= bits(t, "uint"), p);
            return v;
        }
        if (t.startsWith("int")) {
            BigInteger v = new BigInteger(w);
            requireFits(v.bitLength() < bits(t, "int"), p);
            return v;
        }
        switch (t) {
            case "address" -> {
                requireZero(w, 0, 12, p);
                return Address.fromBytes(Arrays.copyOfRange(w, 12, 32));
            }
            case "bool" -> {
                requireZero(w, 0, 31, p);
                requireFits(w[31] == 0 || w[31] == 1, p);
                return w[31] == 1;
            }
            case "bytes", "string" -> {
                int n = length(pos);
                spend(padded(n));
                byte[] b = slice(pos + 32, n);
                requireZero(slice(pos + 32, padded(n)), n, padded(n), p);
                return t.equals("bytes") ? b : utf8(b, p);
            }
            default -> {
                int size = Integer.parseInt(t.substring(5));
                requireZero(w, size, 32, p);
                return Arrays.copyOf(w, size);
            }
        }
    }

    /**
     * Counts the bytes a value takes once decoded. More than the data holds means that offsets make
     * values share bytes, which no encoder does and which is how a small call becomes a huge preview.
     */
    private void spend(long bytes) {
        produced += bytes;
        if (produced > data.length + 32L) {
            throw AbiBudgetException.of("its values would add up to more than its " + data.length
                    + " bytes, because several offsets point at the same bytes");
        }
    }

    private int checkedPosition(long head) {
        if (head > data.length) {
            throw malformed("it ends early");
        }
        return (int) head;
    }

    private static long headSize(AbiParam p) {
        if (AbiValues.isDynamic(p)) {
            return 32;
        }
        if (p.isArray()) {
            // saturated: a declared uint256[2**31][2**31] must not wrap around to a small head
            return Math.min(1L << 40, Math.max(0, p.fixedLength()) * headSize(p.element()));
        }
        if (p.isTuple()) {
            return p.components().stream().mapToLong(AbiDecoder::headSize).sum();
        }
        return 32;
    }

    private int offset(int pos) {
        BigInteger v = new BigInteger(1, word(pos));
        if (v.bitLength() > 31 || v.intValue() > data.length) {
            throw malformed("an offset points outside the data");
        }
        return v.intValue();
    }

    /** A length can never exceed the bytes left, which also bounds what a crafted length can allocate. */
    private int length(int pos) {
        BigInteger v = new BigInteger(1, word(pos));
        if (v.bitLength() > 31 || v.intValue() > data.length) {
            throw malformed("a length is larger than the data");
        }
        return v.intValue();
    }

    private byte[] word(int pos) {
        return slice(pos, 32);
    }

    private byte[] slice(int pos, int n) {
        if (pos < 0 || n < 0 || (long) pos + n > data.length) {
            throw malformed("it ends early");
        }
        return Arrays.copyOfRange(data, pos, pos + n);
    }

    private static int padded(int n) {
        return (n + 31) / 32 * 32;
    }

    private static int bits(String type, String prefix) {
        String n = type.substring(prefix.length());
        return n.isEmpty() ? 256 : Integer.parseInt(n);
    }

    private static void requireZero(byte[] b, int from, int to, AbiParam p) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                throw malformed("the value of " + p.label() + " has stray bytes in its padding");
            }
        }
    }

    private static void requireFits(boolean ok, AbiParam p) {
        if (!ok) {
            throw malformed("the value of " + p.label() + " is out of its type's range");
        }
    }

    private static String utf8(byte[] b, AbiParam p) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw malformed("the text of " + p.label() + " is not UTF-8");
        }
    }

    private static AbiException malformed(String why) {
        return new AbiException("The call data is malformed (" + why + "): do not sign it; ask its author for the exact transaction.");
    }

    static String display(Object raw) {
        if (raw instanceof Address a) {
            return a.checksummed();
        }
        if (raw instanceof byte[] b) {
            return Hex.encode(b);
        }
        if (raw instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
        }
        if (raw instanceof List<?> list) {
            return list.stream().map(AbiDecoder::display).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(raw);
    }
}
