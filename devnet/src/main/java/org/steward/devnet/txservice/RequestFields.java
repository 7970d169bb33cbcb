package org.steward.devnet.txservice;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;

/**
 * A request body read field by field the way Django REST framework and safe-eth-py's fields read
 * it (safe-eth-py 7.24.0, safe_eth/eth/django/serializers.py): each field's own error text, all
 * collected, keyed by the camelCase name the client sent. Absent optional fields give null.
 */
final class RequestFields {

    private static final String REQUIRED = "This field is required.";
    private static final String NOT_NULL = "This field may not be null.";

    private final JsonNode body;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    RequestFields(JsonNode body) {
        this.body = body == null || !body.isObject() ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : body;
        if (body == null || !body.isObject()) {
            error("nonFieldErrors", "Invalid data. Expected a dictionary, but got " + pythonType(body) + ".");
        }
    }

    /** EthereumAddressField: only the EIP-55 form; 0x0 and 0x1 refused unless allowed. */
    Address address(String field, boolean required, boolean allowZero, boolean allowSentinel) {
        JsonNode v = value(field);
        if (absent(field, v, required, !required)) {
            return null;
        }
        String text = v.asText();
        Address a;
        try {
            a = Address.parse(text);
        } catch (IllegalArgumentException e) {
            return fail(field, "Address " + text + " is not checksumed");
        }
        if (!a.checksummed().equals(text)) {
            return fail(field, "Address " + text + " is not checksumed");
        }
        if (a.equals(Address.ZERO) && !allowZero) {
            return fail(field, "0x0 address is not allowed");
        }
        if (a.lowerHex().equals("0x0000000000000000000000000000000000000001") && !allowSentinel) {
            return fail(field, "0x1 address is not allowed");
        }
        return a;
    }

    /** IntegerField(min_value=0): a JSON number or a string of digits. */
    BigInteger uint(String field) {
        JsonNode v = value(field);
        if (absent(field, v, true, false)) {
            return null;
        }
        BigInteger n;
        try {
            n = v.isIntegralNumber() ? v.bigIntegerValue() : new BigInteger(v.asText().strip());
        } catch (NumberFormatException e) {
            return fail(field, "A valid integer is required.");
        }
        if (!v.isIntegralNumber() && !v.isTextual()) {
            return fail(field, "A valid integer is required.");
        }
        if (n.signum() < 0) {
            return fail(field, "Ensure this value is greater than or equal to 0.");
        }
        return n;
    }

    /** HexadecimalField: "0x" optional, blank refused unless allowed (then no bytes), lengths counted in bytes. */
    byte[] hex(String field, boolean required, boolean allowNull, boolean allowBlank, int minLength, int maxLength) {
        JsonNode v = value(field);
        if (absent(field, v, required, allowNull)) {
            return null;
        }
        if (!v.isTextual()) {
            return fail(field, v + " is not a hexadecimal value.");
        }
        String text = v.asText().strip();
        String digits = text.startsWith("0x") ? text.substring(2) : text;
        if (digits.isEmpty()) {
            return allowBlank ? new byte[0] : fail(field, "This field may not be blank.");
        }
        byte[] bytes;
        try {
            bytes = Hex.decode(digits);
        } catch (IllegalArgumentException e) {
            return fail(field, digits + " is not a hexadecimal value.");
        }
        if (minLength > 0 && bytes.length < minLength) {
            return fail(field, "Ensure this field has at least " + minLength + " hexadecimal chars (not counting 0x).");
        }
        if (maxLength > 0 && bytes.length > maxLength) {
            return fail(field, "Ensure this field has no more than " + maxLength + " hexadecimal chars (not counting 0x).");
        }
        return bytes;
    }

    /** CharField(max_length, allow_null=True, default=None). */
    String text(String field, int maxLength) {
        JsonNode v = value(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        String s = v.isTextual() ? v.asText() : v.toString();
        return s.length() > maxLength ? fail(field, "Ensure this field has no more than " + maxLength + " characters.") : s;
    }

    /** type(data).__name__ of what json.loads made of the body. */
    private static String pythonType(JsonNode n) {
        if (n == null || n.isNull()) {
            return "NoneType";
        }
        return n.isArray() ? "list" : n.isTextual() ? "str" : n.isBoolean() ? "bool" : n.isIntegralNumber() ? "int" : n.isNumber() ? "float" : "dict";
    }

    /** The field as sent: CamelCaseJSONParser turns camelCase into snake_case and leaves snake_case as it is, so both name it. */
    private JsonNode value(String field) {
        JsonNode camel = body.path(field);
        return camel.isMissingNode() ? body.path(field.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT)) : camel;
    }

    void error(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    /** The field errors so far as the 4xx the view answers, if any. */
    void throwIfAny(int status) {
        if (!errors.isEmpty()) {
            throw ApiError.fields(status, errors);
        }
    }

    private boolean absent(String field, JsonNode v, boolean required, boolean allowNull) {
        if (v.isMissingNode()) {
            if (required) {
                error(field, REQUIRED);
            }
            return true;
        }
        if (v.isNull()) {
            if (!allowNull) {
                error(field, NOT_NULL);
            }
            return true;
        }
        return false;
    }

    private <T> T fail(String field, String message) {
        error(field, message);
        return null;
    }
}
