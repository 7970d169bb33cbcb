package org.steward.simulation.fork;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;

/**
 * The handful of calls a simulation makes on its fork. Transactions are sent from impersonated
 * accounts at gas price 0 with a fixed gas limit, so a reverting one is still mined and can be
 * traced, and no one's ether pays for a simulation.
 */
public final class ForkCalls {

    /** Below EIP-7825's per-transaction cap (2^24), far above any Safe or Governor execution. */
    private static final BigInteger GAS = BigInteger.valueOf(16_000_000);

    private final JsonRpc rpc;

    public ForkCalls(JsonRpc rpc) {
        this.rpc = rpc;
    }

    public JsonRpc rpc() {
        return rpc;
    }

    /** Sends and mines one transaction; its receipt. */
    public JsonNode send(Address from, Address to, BigInteger value, byte[] data) {
        Map<String, String> tx = new LinkedHashMap<>();
        tx.put("from", from.lowerHex());
        tx.put("to", to.lowerHex());
        tx.put("value", "0x" + value.toString(16));
        tx.put("data", Hex.encode(data));
        tx.put("gas", "0x" + GAS.toString(16));
        tx.put("gasPrice", "0x0");
        String hash = rpc.call("eth_sendTransaction", tx).asText();
        rpc.call("evm_mine");
        JsonNode receipt = rpc.call("eth_getTransactionReceipt", hash);
        if (receipt == null || receipt.isNull()) {
            throw new RpcException(-1, "The simulation fork did not mine its transaction " + hash + ".", null);
        }
        return receipt;
    }

    /** {@code eth_call} from {@code from} (may be null) at {@code block} ("latest" or a 0x number). */
    public byte[] call(Address from, Address to, BigInteger value, byte[] data, String block) {
        return Hex.decode(rpc.call("eth_call", callObject(from, to, value, data), block).asText());
    }

    public static Map<String, String> callObject(Address from, Address to, BigInteger value, byte[] data) {
        Map<String, String> tx = new LinkedHashMap<>();
        if (from != null) {
            tx.put("from", from.lowerHex());
        }
        tx.put("to", to.lowerHex());
        if (value != null && value.signum() > 0) {
            tx.put("value", "0x" + value.toString(16));
        }
        tx.put("data", Hex.encode(data));
        return tx;
    }

    /** The call tree of a mined transaction (geth's callTracer, which anvil implements). */
    public JsonNode trace(String txHash) {
        return rpc.call("debug_traceTransaction", txHash, Map.of("tracer", "callTracer"));
    }

    public long blockNumber() {
        return JsonRpc.quantity(rpc.call("eth_blockNumber")).longValueExact();
    }

    public static String tag(long block) {
        return "0x" + Long.toHexString(block);
    }
}
