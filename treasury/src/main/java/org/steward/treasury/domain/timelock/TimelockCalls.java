package org.steward.treasury.domain.timelock;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.treasury.domain.SafeTx;

/** The Safe transactions that schedule, execute or cancel a timelock operation, the Safe being proposer, executor or canceller. */
public final class TimelockCalls {

    static final AbiFunction SCHEDULE = AbiFunction.parse(
            "function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay)");
    static final AbiFunction SCHEDULE_BATCH = AbiFunction.parse(
            "function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay)");
    static final AbiFunction EXECUTE = AbiFunction.parse(
            "function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable");
    static final AbiFunction EXECUTE_BATCH = AbiFunction.parse(
            "function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable");
    static final AbiFunction CANCEL = AbiFunction.parse("function cancel(bytes32 id)");

    public static final List<AbiFunction> ALL = List.of(SCHEDULE, SCHEDULE_BATCH, EXECUTE, EXECUTE_BATCH, CANCEL);

    private TimelockCalls() {
    }

    public static SafeTx schedule(Address timelock, TimelockOperation op, long delaySeconds, BigInteger nonce) {
        List<String> args = new ArrayList<>(op.arguments());
        args.add(Long.toString(delaySeconds));
        return SafeTx.call(timelock, BigInteger.ZERO, AbiCalls.encode(op.batch() ? SCHEDULE_BATCH : SCHEDULE, args), nonce);
    }

    /** The Safe forwards the operation's ETH with the execute call. */
    public static SafeTx execute(Address timelock, TimelockOperation op, BigInteger nonce) {
        return SafeTx.call(timelock, op.totalValue(), AbiCalls.encode(op.batch() ? EXECUTE_BATCH : EXECUTE, op.arguments()), nonce);
    }

    public static SafeTx cancel(Address timelock, Hash32 id, BigInteger nonce) {
        return SafeTx.call(timelock, BigInteger.ZERO, AbiCalls.encode(CANCEL, List.of(id.hex())), nonce);
    }
}
