package org.steward.treasury.service.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.DecodedArgument;
import org.steward.core.chain.logs.LogRejectedException;
import org.steward.core.chain.logs.RawLog;
import org.steward.core.chain.logs.UnreadableLog;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.web3j.crypto.Hash;

/**
 * Decodes a Safe's execution logs. Safe 1.3.0 logs ExecutionSuccess/Failure(bytes32 txHash, uint256
 * payment) unindexed; 1.4.x and 1.5.0 index txHash; L2 singletons add SafeMultiSigTransaction before it.
 */
public final class SafeHistoryLogs {

    static final Hash32 SUCCESS = topic("ExecutionSuccess(bytes32,uint256)");
    static final Hash32 FAILURE = topic("ExecutionFailure(bytes32,uint256)");
    static final Hash32 MULTISIG = topic("SafeMultiSigTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes,bytes)");
    private static final AbiFunction MULTISIG_DATA = AbiFunction.parse("e(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, "
            + "uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures, bytes additionalInfo)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SafeHistoryLogs() {
    }

    public static List<Hash32> topics() {
        return List.of(SUCCESS, FAILURE, MULTISIG);
    }

    /** One page read: its executions, and the logs that do not fit their event (bad items; the others still count). */
    public record Page(List<SafeExecution> executions, List<RawLog> unreadable) {

        public Page {
            executions = List.copyOf(executions);
            unreadable = List.copyOf(unreadable);
        }
    }

    /**
     * The executions of one page, each with the SafeMultiSigTransaction logged before it in the same
     * transaction. A log whose shape does not fit its event is refused by name (the node sent
     * something the Safe never logs); details that cannot be decoded are left out of that execution only.
     */
    public static List<SafeExecution> decode(List<RawLog> logs) throws LogRejectedException {
        return read(logs, true).executions();
    }

    /** As {@link #decode}, but a log that does not fit is kept aside as unreadable and the rest of the page is read. */
    public static Page read(List<RawLog> logs) {
        return read(logs, false);
    }

    /** Why a log kept as unreadable was refused, asked again of the decoder. */
    public static UnreadableLog why(RawLog log) {
        try {
            read(List.of(log), true);
            return new UnreadableLog(log.meta(), "an earlier Steward could not read it when it was indexed; this version can, but the index keeps it as it was");
        } catch (LogRejectedException e) {
            return e.unreadable();
        }
    }

    private static Page read(List<RawLog> logs, boolean strict) {
        List<SafeExecution> out = new ArrayList<>();
        List<RawLog> unreadable = new ArrayList<>();
        RawLog pendingDetails = null;
        for (RawLog log : logs) {
            try {
                if (log.topics().isEmpty() || log.topics().stream().anyMatch(t -> t == null || t.length != 32)) {
                    throw malformed(log, "its topics are not 32-byte words");
                }
                Hash32 kind = Hash32.of(log.topics().get(0));
                if (kind.equals(MULTISIG)) {
                    pendingDetails = log;
                    continue;
                }
                if (!kind.equals(SUCCESS) && !kind.equals(FAILURE)) {
                    continue;
                }
                boolean indexed = log.topics().size() == 2;
                byte[] data = log.data();
                if (log.topics().size() > 2 || data.length < (indexed ? 32 : 64)) {
                    throw malformed(log, "it has " + log.topics().size() + " topics and " + data.length + " bytes of data");
                }
                Hash32 hash = indexed ? Hash32.of(log.topics().get(1)) : Hash32.of(java.util.Arrays.copyOfRange(data, 0, 32));
                BigInteger payment = new BigInteger(1, java.util.Arrays.copyOfRange(data, indexed ? 0 : 32, indexed ? 32 : 64));
                Optional<String> details = pendingDetails != null && pendingDetails.meta().txHash().equals(log.meta().txHash())
                        ? details(pendingDetails) : Optional.empty();
                pendingDetails = null;
                out.add(new SafeExecution(log.meta(), hash, kind.equals(SUCCESS), payment, details));
            } catch (LogRejectedException e) {
                if (strict) {
                    throw e;
                }
                unreadable.add(log);
            }
        }
        return new Page(out, unreadable);
    }

    private static LogRejectedException malformed(RawLog log, String why) {
        return new LogRejectedException(log, "Safe", why + "; the Safe never logs this", null);
    }

    /** The SafeMultiSigTransaction fields as JSON, or empty when the node's log does not decode. */
    private static Optional<String> details(RawLog log) {
        try {
            return Optional.of(detailsJson(log));
        } catch (org.steward.core.abi.AbiException e) {
            return Optional.empty();
        }
    }

    private static String detailsJson(RawLog log) {
        List<DecodedArgument> f = AbiCalls.decodeParameters(MULTISIG_DATA.inputs(), log.data());
        ObjectNode o = JSON.createObjectNode();
        o.put("to", ((Address) f.get(0).raw()).checksummed()).put("value", f.get(1).raw().toString()).put("data", Hex.encode((byte[]) f.get(2).raw()))
                .put("operation", f.get(3).raw().toString()).put("safeTxGas", f.get(4).raw().toString()).put("baseGas", f.get(5).raw().toString())
                .put("gasPrice", f.get(6).raw().toString()).put("gasToken", ((Address) f.get(7).raw()).checksummed())
                .put("refundReceiver", ((Address) f.get(8).raw()).checksummed());
        return o.toString();
    }

    private static Hash32 topic(String signature) {
        return Hash32.of(Hash.sha3(signature.getBytes(StandardCharsets.UTF_8)));
    }
}
