package org.steward.treasury.domain.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.SafeInputException;
import org.steward.treasury.domain.SafeTx;

/**
 * A Safe transaction's ten fields as JSON, named as the Safe Transaction Service names them: the
 * form of Steward's signed-transaction file, the service's API and its loopback double. Absent
 * optional fields read as the service's defaults (zero, the zero address, no data); the caller
 * recomputes the safeTxHash, which is what makes the fields trustworthy.
 */
public final class SafeTxJson {

    private SafeTxJson() {
    }

    /** @param emptyDataAsNull the service writes {@code null} for no data; the file writes "0x" */
    public static ObjectNode write(SafeTx tx, ObjectNode into, boolean emptyDataAsNull) {
        into.put("to", tx.to().checksummed()).put("value", tx.value().toString());
        if (emptyDataAsNull && tx.data().length == 0) {
            into.putNull("data");
        } else {
            into.put("data", Hex.encode(tx.data()));
        }
        return into.put("operation", tx.operation() == Operation.DELEGATECALL ? 1 : 0).put("safeTxGas", tx.safeTxGas().toString())
                .put("baseGas", tx.baseGas().toString()).put("gasPrice", tx.gasPrice().toString()).put("gasToken", tx.gasToken().checksummed())
                .put("refundReceiver", tx.refundReceiver().checksummed()).put("nonce", tx.nonce().toString());
    }

    /**
     * Reads the fields strictly: numbers as decimal text or JSON integers, addresses as 0x hex, data
     * as 0x hex or null, operation 0 or 1.
     *
     * @throws SafeInputException naming the first field that does not have its form
     */
    public static SafeTx read(JsonNode o) {
        if (o == null || !o.isObject()) {
            throw new SafeInputException("the transaction is not a JSON object with to, value, data, operation and nonce.");
        }
        JsonNode data = o.path("data");
        byte[] bytes;
        if (data.isNull() || data.isMissingNode() || (data.isTextual() && data.asText().isEmpty())) {
            bytes = new byte[0];
        } else if (data.isTextual()) {
            try {
                bytes = Hex.decode(data.asText());
            } catch (IllegalArgumentException e) {
                throw field("data", data, "0x-prefixed hex");
            }
        } else {
            throw field("data", data, "0x-prefixed hex");
        }
        JsonNode op = o.path("operation");
        Operation operation;
        if (op.isMissingNode() || op.isNull() || (op.canConvertToInt() && op.asInt() == 0 && !op.isTextual()) || "0".equals(op.asText())) {
            operation = Operation.CALL;
        } else if ((op.isIntegralNumber() && op.asInt() == 1) || "1".equals(op.asText())) {
            operation = Operation.DELEGATECALL;
        } else {
            throw field("operation", op, "0 (call) or 1 (delegatecall)");
        }
        if (o.path("nonce").isMissingNode() || o.path("nonce").isNull()) {
            throw new SafeInputException("the transaction has no nonce.");
        }
        return new SafeTx(address(o, "to", null), uint(o, "value"), bytes, operation, uint(o, "safeTxGas"), uint(o, "baseGas"),
                uint(o, "gasPrice"), address(o, "gasToken", Address.ZERO), address(o, "refundReceiver", Address.ZERO), uint(o, "nonce"));
    }

    private static Address address(JsonNode o, String name, Address absent) {
        JsonNode v = o.path(name);
        if ((v.isMissingNode() || v.isNull()) && absent != null) {
            return absent;
        }
        if (!v.isTextual()) {
            throw field(name, v, "an address");
        }
        try {
            return Address.parse(v.asText());
        } catch (IllegalArgumentException e) {
            throw field(name, v, "an address");
        }
    }

    private static BigInteger uint(JsonNode o, String name) {
        JsonNode v = o.path(name);
        if (v.isMissingNode() || v.isNull()) {
            return BigInteger.ZERO;
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue();
        }
        String t = v.isTextual() ? v.asText().strip() : "";
        if (t.isEmpty() || t.length() > 78 || !t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw field(name, v, "a whole number of 0 or more written in decimal");
        }
        return new BigInteger(t);
    }

    private static SafeInputException field(String name, JsonNode value, String expected) {
        String shown = value.isMissingNode() ? "missing" : org.steward.core.text.OutsideText.line(value.toString());
        return new SafeInputException("the field " + name + " is " + (shown.length() > 80 ? shown.substring(0, 77) + "…" : shown)
                + ", not " + expected + ".");
    }
}
