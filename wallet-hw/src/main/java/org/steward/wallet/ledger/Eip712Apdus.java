package org.steward.wallet.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.steward.core.eth.Hex;
import org.steward.core.sign.SignerException;

/**
 * The APDUs of the Ethereum app's full EIP-712 mode (app-ethereum doc/ethapp.adoc, "EIP712 SEND
 * STRUCT DEFINITION / IMPLEMENTATION"): every struct definition, then the domain and the message
 * field by field, so the device hashes the document itself and shows its fields. Values are sent
 * raw (minimal big-endian integers, 20-byte addresses, UTF-8 strings), as ledger-live does.
 */
final class Eip712Apdus {

    static final int INS_STRUCT_DEFINITION = 0x1A;
    static final int INS_STRUCT_IMPLEMENTATION = 0x1C;
    static final int P2_NAME = 0x00;
    static final int P2_ARRAY = 0x0F;
    static final int P2_FIELD = 0xFF;
    static final int P1_COMPLETE = 0x00;
    static final int P1_PARTIAL = 0x01;
    private static final String DOMAIN = "EIP712Domain";

    private Eip712Apdus() {
    }

    static List<byte[]> of(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("the typed data is not JSON: " + e.getMessage(), e);
        }
        JsonNode types = root.get("types");
        List<byte[]> apdus = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = types.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> struct = it.next();
            apdus.add(LedgerChannel.apdu(INS_STRUCT_DEFINITION, 0, P2_NAME, struct.getKey().getBytes(StandardCharsets.UTF_8)));
            for (JsonNode field : struct.getValue()) {
                apdus.add(LedgerChannel.apdu(INS_STRUCT_DEFINITION, 0, P2_FIELD,
                        definition(Eip712Type.parse(field.get("type").asText()), field.get("name").asText())));
            }
        }
        implementation(apdus, types, DOMAIN, root.get("domain"));
        String primary = root.get("primaryType").asText();
        if (!DOMAIN.equals(primary)) {
            implementation(apdus, types, primary, root.get("message"));
        }
        return apdus;
    }

    private static byte[] definition(Eip712Type type, String name) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        boolean array = !type.arrayLevels().isEmpty();
        b.write((array ? Eip712Type.ARRAY_BIT : 0) | (type.hasSize() ? Eip712Type.SIZE_BIT : 0) | type.kind().code);
        if (type.kind() == Eip712Type.Kind.CUSTOM) {
            byte[] typeName = type.structName().getBytes(StandardCharsets.UTF_8);
            b.write(fits(typeName.length, 0xFF));
            b.writeBytes(typeName);
        }
        if (type.hasSize()) {
            b.write(type.size());
        }
        if (array) {
            b.write(type.arrayLevels().size());
            for (int level : type.arrayLevels()) {
                if (level < 0) {
                    b.write(0);
                } else {
                    b.write(1);
                    b.write(fits(level, 0xFF));
                }
            }
        }
        byte[] key = name.getBytes(StandardCharsets.UTF_8);
        b.write(fits(key.length, 0xFF));
        b.writeBytes(key);
        return b.toByteArray();
    }

    /**
     * The app's protocol counts arrays, names and array sizes in one byte and a value's length in
     * two: a larger count would be cut and the device would sign another document (which then
     * reads as a signature of "a different account"). Such a document is refused up front as
     * unsupported in full mode, so the signer falls back to hashed mode, where nothing is cut.
     */
    private static int fits(int n, int max) {
        if (n > max) {
            throw new SignerException(SignerException.Reason.UNSUPPORTED);
        }
        return n;
    }

    private static void implementation(List<byte[]> apdus, JsonNode types, String rootType, JsonNode value) {
        apdus.add(LedgerChannel.apdu(INS_STRUCT_IMPLEMENTATION, P1_COMPLETE, P2_NAME, rootType.getBytes(StandardCharsets.UTF_8)));
        struct(apdus, types, rootType, value);
    }

    private static void struct(List<byte[]> apdus, JsonNode types, String name, JsonNode value) {
        for (JsonNode field : types.get(name)) {
            field(apdus, types, Eip712Type.parse(field.get("type").asText()), value.get(field.get("name").asText()));
        }
    }

    private static void field(List<byte[]> apdus, JsonNode types, Eip712Type type, JsonNode value) {
        if (!type.arrayLevels().isEmpty()) {
            apdus.add(LedgerChannel.apdu(INS_STRUCT_IMPLEMENTATION, P1_COMPLETE, P2_ARRAY, new byte[] {(byte) fits(value.size(), 0xFF)}));
            for (JsonNode element : value) {
                field(apdus, types, type.element(), element);
            }
            return;
        }
        if (type.kind() == Eip712Type.Kind.CUSTOM) {
            struct(apdus, types, type.structName(), value);
            return;
        }
        byte[] raw = raw(type, value);
        fits(raw.length, 0xFFFF);
        byte[] framed = new byte[raw.length + 2];
        framed[0] = (byte) (raw.length >> 8);
        framed[1] = (byte) raw.length;
        System.arraycopy(raw, 0, framed, 2, raw.length);
        for (int off = 0; off < framed.length; off += 255) {
            int n = Math.min(255, framed.length - off);
            boolean last = off + n == framed.length;
            byte[] chunk = new byte[n];
            System.arraycopy(framed, off, chunk, 0, n);
            apdus.add(LedgerChannel.apdu(INS_STRUCT_IMPLEMENTATION, last ? P1_COMPLETE : P1_PARTIAL, P2_FIELD, chunk));
        }
    }

    static byte[] raw(Eip712Type type, JsonNode value) {
        return switch (type.kind()) {
            case UINT -> minimal(integer(value));
            case INT -> twosComplement(integer(value), type.size());
            case ADDRESS, FIXED_BYTES, DYNAMIC_BYTES -> Hex.decode(value.asText());
            case BOOL -> new byte[] {(byte) (value.asBoolean() ? 1 : 0)};
            case STRING -> value.asText().getBytes(StandardCharsets.UTF_8);
            case CUSTOM -> throw new IllegalStateException("structs are sent field by field");
        };
    }

    private static BigInteger integer(JsonNode value) {
        String s = value.isNumber() ? value.bigIntegerValue().toString() : value.asText();
        return s.startsWith("0x") || s.startsWith("0X") ? new BigInteger(s.substring(2), 16) : new BigInteger(s);
    }

    private static byte[] minimal(BigInteger v) {
        byte[] b = v.toByteArray();
        if (b.length > 1 && b[0] == 0) {
            byte[] t = new byte[b.length - 1];
            System.arraycopy(b, 1, t, 0, t.length);
            return t;
        }
        return b;
    }

    private static byte[] twosComplement(BigInteger v, int size) {
        byte[] out = new byte[size];
        byte[] b = v.toByteArray();
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0x00);
        for (int i = 0; i < size; i++) {
            int from = b.length - size + i;
            out[i] = from >= 0 ? b[from] : fill;
        }
        return out;
    }
}
