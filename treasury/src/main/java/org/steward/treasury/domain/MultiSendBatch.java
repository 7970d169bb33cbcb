package org.steward.treasury.domain;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;

/**
 * Calldata of {@code multiSend(bytes transactions)} as MultiSend and MultiSendCallOnly read it:
 * each call packed as operation (1 byte), to (20), value (32), data length (32), data. The Safe
 * delegatecalls the batch contract, so every packed call runs as the Safe itself: decoding the
 * batch is how a signer sees what a batch really does.
 */
public final class MultiSendBatch {

    /** keccak256("multiSend(bytes)")[0:4]. */
    public static final String SELECTOR = "0x8d80ff0a";

    private static final int HEADER = 1 + 20 + 32 + 32;
    private static final int MAX_NESTING = 8;

    private MultiSendBatch() {
    }

    /** Calldata for MultiSendCallOnly, which reverts on a delegatecall entry: refused here instead. */
    public static byte[] encodeCallOnly(List<MultiSendCall> calls) {
        for (MultiSendCall c : calls) {
            if (c.operation() != Operation.CALL) {
                throw new SafeInputException("MultiSendCallOnly only runs calls, and " + c.to() + " is a " + c.operation().name().toLowerCase()
                        + ": remove it from the batch.");
            }
        }
        return encode(calls);
    }

    public static byte[] encode(List<MultiSendCall> calls) {
        if (calls.isEmpty()) {
            throw new SafeInputException("a batch needs at least one call.");
        }
        Function multiSend = new Function("multiSend", List.of(new DynamicBytes(pack(calls))), List.of());
        return Hex.decode(FunctionEncoder.encode(multiSend));
    }

    /** The packed {@code transactions} argument. */
    public static byte[] pack(List<MultiSendCall> calls) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (MultiSendCall c : calls) {
            byte[] data = c.data();
            out.write(c.operation().code());
            out.writeBytes(c.to().bytes());
            out.writeBytes(word(c.value()));
            out.writeBytes(word(BigInteger.valueOf(data.length)));
            out.writeBytes(data);
        }
        return out.toByteArray();
    }

    public static boolean isMultiSend(byte[] calldata) {
        return calldata.length >= 4 && Hex.encode(Arrays.copyOf(calldata, 4)).equals(SELECTOR);
    }

    /** The calls of a {@code multiSend} calldata; anything malformed is refused rather than partly shown. */
    public static List<MultiSendCall> decode(byte[] calldata) {
        if (!isMultiSend(calldata)) {
            throw new SafeInputException("the data is not a multiSend(bytes) call, so it cannot be read as a batch.");
        }
        return unpack(argument(calldata));
    }

    /**
     * Every call a batch makes, including those of a batch nested in it (a delegatecall entry whose
     * data is itself multiSend), depth-first, each with its path such as "2.1".
     */
    public static List<BatchEntry> decodeNested(byte[] calldata) {
        List<BatchEntry> out = new ArrayList<>();
        walk(calldata, "", 1, out);
        return out;
    }

    /** One call inside a (possibly nested) batch; {@code path} numbers it from 1 at each level. */
    public record BatchEntry(String path, MultiSendCall call) {
    }

    private static void walk(byte[] calldata, String prefix, int depth, List<BatchEntry> out) {
        if (depth > MAX_NESTING) {
            throw new SafeInputException("the batch nests more than " + MAX_NESTING + " levels deep, which no honest batch needs: do not sign it.");
        }
        List<MultiSendCall> calls = decode(calldata);
        for (int i = 0; i < calls.size(); i++) {
            String path = prefix + (i + 1);
            MultiSendCall c = calls.get(i);
            out.add(new BatchEntry(path, c));
            if (c.operation() == Operation.DELEGATECALL && isMultiSend(c.data())) {
                walk(c.data(), path + ".", depth + 1, out);
            }
        }
    }

    /** ABI decoding of the single {@code bytes} argument, strict about offset, length and padding. */
    private static byte[] argument(byte[] calldata) {
        int body = calldata.length - 4;
        if (body < 64) {
            throw malformed("it is shorter than an offset and a length");
        }
        BigInteger offset = new BigInteger(1, Arrays.copyOfRange(calldata, 4, 36));
        if (!offset.equals(BigInteger.valueOf(32))) {
            throw malformed("the bytes argument does not start right after its offset");
        }
        BigInteger length = new BigInteger(1, Arrays.copyOfRange(calldata, 36, 68));
        if (length.bitLength() > 31 || 64 + (length.longValue() + 31) / 32 * 32 != body) {
            throw malformed("its length field says " + length + " bytes but " + (body - 64) + " follow");
        }
        return Arrays.copyOfRange(calldata, 68, 68 + length.intValueExact());
    }

    private static List<MultiSendCall> unpack(byte[] packed) {
        List<MultiSendCall> calls = new ArrayList<>();
        int i = 0;
        while (i < packed.length) {
            if (packed.length - i < HEADER) {
                throw malformed("call " + (calls.size() + 1) + " is cut off");
            }
            int op = packed[i] & 0xff;
            if (op > 1) {
                throw malformed("call " + (calls.size() + 1) + " has operation " + op);
            }
            Address to = Address.fromBytes(Arrays.copyOfRange(packed, i + 1, i + 21));
            BigInteger value = new BigInteger(1, Arrays.copyOfRange(packed, i + 21, i + 53));
            BigInteger dataLength = new BigInteger(1, Arrays.copyOfRange(packed, i + 53, i + 85));
            if (dataLength.compareTo(BigInteger.valueOf(packed.length - i - HEADER)) > 0) {
                throw malformed("call " + (calls.size() + 1) + " claims more data than the batch holds");
            }
            int start = i + HEADER;
            int end = start + dataLength.intValueExact();
            calls.add(new MultiSendCall(Operation.fromCode(op), to, value, Arrays.copyOfRange(packed, start, end)));
            i = end;
        }
        if (calls.isEmpty()) {
            throw malformed("it holds no call");
        }
        return calls;
    }

    private static SafeInputException malformed(String why) {
        return new SafeInputException("the multiSend batch is malformed (" + why + "), so what it does cannot be shown: do not sign it.");
    }

    private static byte[] word(BigInteger n) {
        byte[] raw = n.toByteArray();
        byte[] w = new byte[32];
        int len = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - len, w, 32 - len, len);
        return w;
    }
}
