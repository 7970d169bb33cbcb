package org.steward.ui.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.sign.EthTransaction;
import org.steward.core.sign.PersonalMessageRequest;
import org.steward.core.sign.SigningRequest;
import org.steward.core.sign.TransactionRequest;
import org.steward.core.sign.TypedDataRequest;
import org.steward.ui.control.AddressNames;

/**
 * The field/value table of a request: every value that goes into the signature, written for a
 * person (address-book names, digit grouping, ether) beside the exact value as it is signed.
 * No toolkit: the table view only shows these rows.
 */
public final class SignedFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SignedFields() {
    }

    public static List<SignedField> of(SigningRequest request) {
        if (request instanceof TypedDataRequest typed) {
            return typedData(typed.json());
        }
        if (request instanceof TransactionRequest tx) {
            return transaction(tx.transaction());
        }
        PersonalMessageRequest m = (PersonalMessageRequest) request;
        byte[] bytes = m.message();
        return List.of(new SignedField("message", bytes.length + " bytes", m.deviceText(), Hex.encode(bytes)));
    }

    private static List<SignedField> typedData(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            return List.of();
        }
        List<SignedField> rows = new ArrayList<>();
        JsonNode types = root.path("types");
        struct(rows, types, "domain", "EIP712Domain", root.path("domain"));
        String primary = root.path("primaryType").asText();
        if (!"EIP712Domain".equals(primary)) {
            struct(rows, types, "message", primary, root.path("message"));
        }
        return rows;
    }

    private static void struct(List<SignedField> rows, JsonNode types, String at, String type, JsonNode value) {
        for (JsonNode f : types.path(type)) {
            String name = f.path("name").asText();
            field(rows, types, at + "." + name, f.path("type").asText(), value.path(name));
        }
    }

    private static void field(List<SignedField> rows, JsonNode types, String at, String type, JsonNode value) {
        if (type.endsWith("]")) {
            String element = type.substring(0, type.lastIndexOf('['));
            for (int i = 0; i < value.size(); i++) {
                field(rows, types, at + "[" + i + "]", element, value.get(i));
            }
            if (value.isEmpty()) {
                rows.add(new SignedField(at, type, "(empty list)", "[]"));
            }
            return;
        }
        if (types.has(type)) {
            struct(rows, types, at, type, value);
            return;
        }
        String exact = value.isTextual() ? value.asText() : value.toString();
        rows.add(new SignedField(at, type, shown(type, value), exact));
    }

    private static String shown(String type, JsonNode value) {
        String text = value.asText();
        try {
            if (type.equals("address")) {
                return AddressNames.display(Address.parse(text.toLowerCase(java.util.Locale.ROOT)));
            }
            if (type.startsWith("uint") || type.startsWith("int")) {
                BigInteger n = text.startsWith("0x") ? new BigInteger(text.substring(2), 16) : new BigInteger(value.isNumber() ? value.bigIntegerValue().toString() : text);
                return String.format("%,d", n);
            }
            if (type.startsWith("bytes")) {
                int length = Math.max(0, (text.length() - 2) / 2);
                return length + (length == 1 ? " byte" : " bytes");
            }
        } catch (RuntimeException unreadable) {
            return text;
        }
        if (type.equals("string") && text.isEmpty()) {
            return "(empty)";
        }
        return text;
    }

    private static List<SignedField> transaction(EthTransaction tx) {
        List<SignedField> rows = new ArrayList<>();
        rows.add(new SignedField("chainId", "uint256", String.format("%,d", tx.chainId()), tx.chainId().toString()));
        rows.add(new SignedField("nonce", "uint256", tx.nonce().toString(), tx.nonce().toString()));
        rows.add(new SignedField("to", "address", tx.to().map(AddressNames::display).orElse("a new contract"),
                tx.to().map(Address::checksummed).orElse("")));
        rows.add(new SignedField("value", "uint256", ether(tx.value()) + " ETH", tx.value().toString()));
        rows.add(new SignedField("gasLimit", "uint256", String.format("%,d", tx.gasLimit()), tx.gasLimit().toString()));
        tx.maxFeePerGas().ifPresent(f -> rows.add(new SignedField("maxFeePerGas", "uint256", gwei(f), f.toString())));
        tx.maxPriorityFeePerGas().ifPresent(f -> rows.add(new SignedField("maxPriorityFeePerGas", "uint256", gwei(f), f.toString())));
        tx.gasPrice().ifPresent(f -> rows.add(new SignedField("gasPrice", "uint256", gwei(f), f.toString())));
        byte[] data = tx.data();
        rows.add(new SignedField("data", "bytes", data.length == 0 ? "(none)" : data.length + " bytes, selector " + Hex.encode(java.util.Arrays.copyOf(data, Math.min(4, data.length))),
                Hex.encode(data)));
        return rows;
    }

    private static String ether(BigInteger wei) {
        BigDecimal d = new BigDecimal(wei, 18).stripTrailingZeros();
        return d.signum() == 0 ? "0" : d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static String gwei(BigInteger wei) {
        BigDecimal d = new BigDecimal(wei, 9).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString()) + " gwei";
    }

    /** Hashes, split into groups of four hex digits after the 0x, eight groups a line. */
    public static String grouped(String hex) {
        String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
        StringBuilder out = new StringBuilder("0x");
        for (int i = 0; i < digits.length(); i += 4) {
            if (i > 0) {
                out.append(i % 32 == 0 ? "\n  " : " ");
            }
            out.append(digits, i, Math.min(digits.length(), i + 4));
        }
        return out.toString();
    }
}
