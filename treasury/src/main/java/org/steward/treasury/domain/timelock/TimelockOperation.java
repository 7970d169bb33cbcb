package org.steward.treasury.domain.timelock;

import java.math.BigInteger;
import java.util.List;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.web3j.crypto.Hash;

/**
 * A TimelockController operation: its calls, predecessor and salt, and the id the timelock knows it
 * by, computed here exactly as OpenZeppelin's hashOperation / hashOperationBatch do
 * (keccak256(abi.encode(target, value, data, predecessor, salt)), or the arrays for a batch).
 */
public record TimelockOperation(List<Call> calls, Hash32 predecessor, Hash32 salt) {

    /** One call of an operation. */
    public record Call(Address target, BigInteger value, byte[] data) {
    }

    static final AbiFunction SINGLE = AbiFunction.parse("op(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt)");
    static final AbiFunction BATCH = AbiFunction.parse(
            "op(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt)");
    public static final Hash32 NONE = Hash32.of(new byte[32]);

    public TimelockOperation {
        calls = List.copyOf(calls);
        if (calls.isEmpty()) {
            throw new IllegalArgumentException("a timelock operation makes at least one call");
        }
    }

    public boolean batch() {
        return calls.size() > 1;
    }

    public Hash32 id() {
        byte[] encoded = AbiCalls.encode(batch() ? BATCH : SINGLE, arguments());
        return Hash32.of(Hash.sha3(java.util.Arrays.copyOfRange(encoded, 4, encoded.length)));
    }

    public BigInteger totalValue() {
        return calls.stream().map(Call::value).reduce(BigInteger.ZERO, BigInteger::add);
    }

    /** The operation's fields as the timelock's functions take them (single or batch form), without the delay. */
    List<String> arguments() {
        if (!batch()) {
            Call c = calls.get(0);
            return List.of(c.target().lowerHex(), c.value().toString(), Hex.encode(c.data()), predecessor.hex(), salt.hex());
        }
        return List.of(json(calls.stream().map(c -> c.target().lowerHex()).toList()), json(calls.stream().map(c -> c.value().toString()).toList()),
                json(calls.stream().map(c -> Hex.encode(c.data())).toList()), predecessor.hex(), salt.hex());
    }

    private static String json(List<String> items) {
        return items.stream().map(s -> "\"" + s + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
