package org.steward.treasury.service.timelock;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.DecodedArgument;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.logs.RawLogStore;
import org.steward.core.history.HistoryStore;
import org.steward.core.chain.logs.RawLog;
import org.steward.core.chain.logs.RpcLogSource;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.task.Progress;
import org.steward.treasury.domain.timelock.TimelockEntry;
import org.steward.treasury.domain.timelock.TimelockOperation;
import org.steward.treasury.domain.timelock.TimelockState;
import org.web3j.crypto.Hash;

/**
 * A TimelockController's operations from its CallScheduled / CallSalt / CallExecuted / Cancelled logs
 * (OpenZeppelin 5), read in adaptive pages. Blocking.
 */
public final class TimelockReader {

    private static final Hash32 SCHEDULED = topic("CallScheduled(bytes32,uint256,address,uint256,bytes,bytes32,uint256)");
    private static final Hash32 EXECUTED = topic("CallExecuted(bytes32,uint256,address,uint256,bytes)");
    private static final Hash32 SALT = topic("CallSalt(bytes32,bytes32)");
    private static final Hash32 CANCELLED = topic("Cancelled(bytes32)");
    private static final AbiFunction SCHEDULED_DATA = AbiFunction.parse("e(address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay)");
    private static final AbiFunction SALT_DATA = AbiFunction.parse("e(bytes32 salt)");
    private static final AbiFunction MIN_DELAY = AbiFunction.parse("getMinDelay()");


    private final ChainClient client;
    private final Address timelock;
    private final RawLogStore logs;
    private final HistoryStore history;

    /** @param history keeps the timelock's logs, so each read asks the node only for the blocks since the last */
    public TimelockReader(ChainClient client, Address timelock, HistoryStore history) {
        this.client = client;
        this.timelock = timelock;
        this.logs = new RawLogStore(history, client.network().chainId(), timelock, "timelock-operations");
        this.history = history;
    }

    public long minDelaySeconds() {
        return new BigInteger(1, client.call(timelock, AbiCalls.encode(MIN_DELAY, List.of()))).longValueExact();
    }

    /** Every operation ever scheduled, newest first, with its state at the chain's latest block time. */
    public List<TimelockEntry> operations(Progress progress) {
        RpcLogSource source = new RpcLogSource(client);
        List<RawLog> all = logs.catchUp(source, List.of(SCHEDULED, EXECUTED, SALT, CANCELLED),
                org.steward.core.chain.logs.DeploymentBlock.remembered(client, history, timelock),
                client.network().logReading().confirmationDepth(), client.network().logReading().maxPageBlocks(), progress).logs();
        long now = source.blockTime(source.head());
        return entries(all, now);
    }

    /**
     * The operations the logs describe, newest first, in their state at {@code now}. The logs come
     * from a node: one that does not fit its event is refused with a sentence that names it.
     */
    static List<TimelockEntry> entries(List<RawLog> all, long now) {
        Map<Hash32, Builder> ops = new LinkedHashMap<>();
        for (RawLog log : all) {
            String why;
            Exception cause;
            try {
                read(log, ops);
                continue;
            } catch (org.steward.core.abi.AbiException e) {
                why = "its fields do not decode";
                cause = e;
            } catch (IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
                why = "a topic or field is out of range";
                cause = e;
            }
            throw new org.steward.core.chain.ChainException("The timelock's log at block " + log.meta().block() + " index "
                    + log.meta().logIndex() + " does not fit its event (" + why + "): is this address really the timelock, and the RPC honest?", cause);
        }
        List<TimelockEntry> out = new ArrayList<>();
        ops.forEach((id, b) -> {
            if (!b.calls.isEmpty()) {
                TimelockOperation op = new TimelockOperation(new ArrayList<>(b.calls.values()), b.predecessor, b.salt);
                out.add(new TimelockEntry(id, op, b.scheduledAt, b.eta, TimelockState.of(b.executed, b.cancelled, b.eta, now), op.id().equals(id)));
            }
        });
        java.util.Collections.reverse(out);
        return out;
    }

    private static void read(RawLog log, Map<Hash32, Builder> ops) {
        if (log.topics().size() < 2 || log.topics().stream().anyMatch(t -> t == null || t.length != 32)) {
            throw new IllegalArgumentException("every timelock event has its operation id as a 32-byte topic");
        }
        Hash32 kind = Hash32.of(log.topics().get(0));
        Hash32 id = Hash32.of(log.topics().get(1));
        Builder b = ops.computeIfAbsent(id, k -> new Builder());
        if (kind.equals(SCHEDULED)) {
            List<DecodedArgument> f = AbiCalls.decodeParameters(SCHEDULED_DATA.inputs(), log.data());
            if (log.topics().size() < 3) {
                throw new IllegalArgumentException("CallScheduled has the call's index as its third topic");
            }
            b.calls.put(new BigInteger(1, log.topics().get(2)).intValueExact(),
                    new TimelockOperation.Call((Address) f.get(0).raw(), (BigInteger) f.get(1).raw(), (byte[]) f.get(2).raw()));
            b.predecessor = Hash32.of((byte[]) f.get(3).raw());
            b.scheduledAt = log.meta().blockTime();
            b.eta = Math.addExact(log.meta().blockTime(), ((BigInteger) f.get(4).raw()).longValueExact());
        } else if (kind.equals(SALT)) {
            b.salt = Hash32.of((byte[]) AbiCalls.decodeParameters(SALT_DATA.inputs(), log.data()).get(0).raw());
        } else if (kind.equals(EXECUTED)) {
            b.executed = true;
        } else if (kind.equals(CANCELLED)) {
            b.cancelled = true;
        }
    }

    private static final class Builder {
        private final TreeMap<Integer, TimelockOperation.Call> calls = new TreeMap<>();
        private Hash32 predecessor = TimelockOperation.NONE;
        private Hash32 salt = TimelockOperation.NONE;
        private long scheduledAt;
        private long eta;
        private boolean executed;
        private boolean cancelled;
    }

    private static Hash32 topic(String signature) {
        return Hash32.of(Hash.sha3(signature.getBytes(StandardCharsets.UTF_8)));
    }
}
