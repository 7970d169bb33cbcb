package org.steward.devnet.txservice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.DecodedCall;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeTx;

/**
 * The response shapes of safe-global/safe-transaction-service at commit
 * 3e0199c490ae571f395284cbc7a6e0bac881a15e (v6.10.1), history/serializers.py, camelCased by
 * djangorestframework-camel-case: SafeMultisigTransactionResponseSerializerV2 (nonce, baseGas and
 * safeTxGas as strings), SafeMultisigConfirmationResponseSerializer (no confirmationType: the
 * serializer dropped it, types-kit keeps it only as optional), SafeInfoResponseSerializer, AboutView.
 * Dates are DRF's: ISO 8601 in UTC with a Z.
 */
final class TxServiceJson {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The service version whose shapes this follows; the suffix says it is not the real one. */
    static final String VERSION = "6.10.1+steward-loopback";

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private TxServiceJson() {
    }

    static ObjectNode transaction(TxRecord r, int confirmationsRequired) {
        SafeTx tx = r.tx;
        TxRecord.Execution x = r.execution;
        ObjectNode o = JSON.createObjectNode();
        o.put("safe", r.safe.checksummed()).put("to", tx.to().checksummed()).put("value", tx.value().toString());
        if (tx.data().length == 0) {
            o.putNull("data");
        } else {
            o.put("data", Hex.encode(tx.data()));
        }
        o.put("operation", tx.operation() == Operation.DELEGATECALL ? 1 : 0).put("gasToken", tx.gasToken().checksummed())
                .put("safeTxGas", tx.safeTxGas().toString()).put("baseGas", tx.baseGas().toString()).put("gasPrice", tx.gasPrice().toString())
                .put("refundReceiver", tx.refundReceiver().checksummed()).put("nonce", tx.nonce().toString());
        date(o, "executionDate", x == null ? null : x.date());
        date(o, "submissionDate", r.created);
        date(o, "modified", r.modified);
        if (x == null) {
            o.putNull("blockNumber").putNull("transactionHash");
        } else {
            o.put("blockNumber", x.blockNumber()).put("transactionHash", x.transactionHash().hex());
        }
        o.put("safeTxHash", r.safeTxHash.hex()).put("proposer", r.proposer.checksummed()).putNull("proposedByDelegate");
        text(o, "executor", x == null || x.executor() == null ? null : x.executor().checksummed());
        o.put("isExecuted", x != null);
        if (x == null) {
            o.putNull("isSuccessful");
        } else {
            o.put("isSuccessful", x.successful());
        }
        text(o, "ethGasPrice", x == null || x.gasPrice() == null ? null : x.gasPrice().toString());
        o.putNull("maxFeePerGas").putNull("maxPriorityFeePerGas");
        if (x == null || x.gasUsed() == null) {
            o.putNull("gasUsed").putNull("fee");
        } else {
            o.put("gasUsed", x.gasUsed().longValueExact());
            text(o, "fee", x.gasPrice() == null ? null : x.gasUsed().multiply(x.gasPrice()).toString());
        }
        text(o, "payment", x == null ? null : x.payment().toString());
        o.put("origin", r.origin);
        Optional<DecodedCall> decoded = tx.operation() == Operation.CALL ? AbiCalls.decode(Erc20Functions.all(), tx.data()) : Optional.empty();
        if (decoded.isPresent()) {
            o.set("dataDecoded", dataDecoded(decoded.get()));
        } else {
            o.putNull("dataDecoded");
        }
        o.put("confirmationsRequired", confirmationsRequired);
        ArrayNode confirmations = o.putArray("confirmations");
        r.confirmations.values().forEach(c -> confirmations.add(confirmation(c)));
        o.put("trusted", r.trusted);
        text(o, "signatures", x == null || x.signatures() == null ? null : Hex.encode(x.signatures()));
        return o;
    }

    static ObjectNode confirmation(TxRecord.Confirmation c) {
        ObjectNode o = JSON.createObjectNode().put("owner", c.owner().checksummed());
        date(o, "submissionDate", c.created());
        return o.putNull("transactionHash").put("signature", Hex.encode(c.signature())).put("signatureType", c.signatureType());
    }

    static ObjectNode safeInfo(SafeState s, Address moduleGuard) {
        ObjectNode o = JSON.createObjectNode().put("address", s.safe().checksummed()).put("nonce", s.nonce().toString()).put("threshold", s.threshold());
        ArrayNode owners = o.putArray("owners");
        s.owners().forEach(a -> owners.add(a.checksummed()));
        o.put("masterCopy", s.singleton().checksummed());
        ArrayNode modules = o.putArray("modules");
        s.modules().forEach(a -> modules.add(a.checksummed()));
        return o.put("fallbackHandler", s.fallbackHandler().checksummed()).put("guard", s.guard().checksummed())
                .put("moduleGuard", moduleGuard.checksummed()).put("version", s.version().toString());
    }

    static ObjectNode about(String host, String rpcUrl) {
        ObjectNode o = JSON.createObjectNode().put("name", "Safe Transaction Service").put("version", VERSION).put("apiVersion", "v1")
                .put("secure", false).put("host", host);
        o.putArray("headers");
        ObjectNode s = o.putObject("settings");
        s.put("AWS_CONFIGURED", false).putNull("AWS_S3_PUBLIC_URL").put("ETHEREUM_NODE_URL", rpcUrl).putNull("ETHEREUM_TRACING_NODE_URL")
                .put("ETH_EVENTS_BLOCK_PROCESS_LIMIT", true).put("ETH_EVENTS_BLOCK_PROCESS_LIMIT_MAX", 0).put("ETH_EVENTS_QUERY_CHUNK_SIZE", 1000)
                .put("ETH_EVENTS_UPDATED_BLOCK_BEHIND", 24 * 60 * 60 / 15).put("ETH_INTERNAL_NO_FILTER", false)
                .put("ETH_INTERNAL_TRACE_TXS_BATCH_SIZE", 0).put("ETH_INTERNAL_TXS_BLOCK_PROCESS_LIMIT", 10000).put("ETH_L2_NETWORK", true)
                .put("ETH_REORG_BLOCKS", 10).put("SSO_ENABLED", false).put("TOKENS_LOGO_BASE_URI", "").put("TOKENS_LOGO_EXTENSION", ".png");
        return o;
    }

    /** The decoder service's shape for a call it has the ABI of; the loopback knows ERC-20's. */
    private static ObjectNode dataDecoded(DecodedCall call) {
        ObjectNode o = JSON.createObjectNode().put("method", call.function().name());
        ArrayNode parameters = o.putArray("parameters");
        call.arguments().forEach(a -> parameters.addObject().put("name", a.name()).put("type", a.type())
                .put("value", a.raw() instanceof Address address ? address.checksummed() : a.raw() instanceof BigInteger n ? n.toString() : a.value()));
        return o;
    }

    /** DRF's DateTimeField: isoformat(), microseconds only when there are any, +00:00 written Z. */
    static void date(ObjectNode o, String field, Instant when) {
        if (when == null) {
            o.putNull(field);
        } else {
            o.put(field, when.getNano() / 1000 == 0 ? SECONDS.format(when) : MICROS.format(when));
        }
    }

    /** Python's json.dumps with its default separators (", " and ": ") and ASCII escapes. */
    static String pythonDumps(com.fasterxml.jackson.databind.JsonNode n) {
        if (n.isObject()) {
            StringBuilder out = new StringBuilder("{");
            n.fields().forEachRemaining(e -> out.append(out.length() > 1 ? ", " : "").append(pythonString(e.getKey())).append(": ")
                    .append(pythonDumps(e.getValue())));
            return out.append('}').toString();
        }
        if (n.isArray()) {
            StringBuilder out = new StringBuilder("[");
            n.elements().forEachRemaining(e -> out.append(out.length() > 1 ? ", " : "").append(pythonDumps(e)));
            return out.append(']').toString();
        }
        return n.isTextual() ? pythonString(n.asText()) : n.toString();
    }

    private static String pythonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static void text(ObjectNode o, String field, String value) {
        if (value == null) {
            o.putNull(field);
        } else {
            o.put(field, value);
        }
    }
}
