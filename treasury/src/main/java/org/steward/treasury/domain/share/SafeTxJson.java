package org.steward.treasury.domain.share;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.treasury.domain.Operation;
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

    /** @throws RuntimeException (number or address format) on a malformed field; callers word it for their source */
    public static SafeTx read(JsonNode o) {
        JsonNode data = o.path("data");
        return new SafeTx(Address.parse(o.path("to").asText()), new BigInteger(o.path("value").asText("0")),
                data.isNull() || data.isMissingNode() || data.asText("").isEmpty() ? new byte[0] : Hex.decode(data.asText()),
                o.path("operation").asInt() == 1 ? Operation.DELEGATECALL : Operation.CALL, new BigInteger(o.path("safeTxGas").asText("0")),
                new BigInteger(o.path("baseGas").asText("0")), new BigInteger(o.path("gasPrice").asText("0")),
                Address.parse(o.path("gasToken").asText(Address.ZERO.lowerHex())),
                Address.parse(o.path("refundReceiver").asText(Address.ZERO.lowerHex())), new BigInteger(o.path("nonce").asText()));
    }
}
