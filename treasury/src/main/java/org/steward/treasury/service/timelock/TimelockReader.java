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
import org.steward.core.chain.logs.LogListNotice;
import org.steward.core.chain.logs.LogRejectedException;
import org.steward.core.chain.logs.RawLog;
import org.steward.core.chain.logs.RawLogStore;
import org.steward.core.chain.logs.RpcLogSource;
import org.steward.core.chain.logs.UnreadableLog;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.history.HistoryStore;
import org.steward.core.task.Progress;
import org.steward.treasury.domain.timelock.TimelockEntry;
import org.steward.treasury.domain.timelock.TimelockOperation;
import org.steward.treasury.domain.timelock.TimelockState;
import org.web3j.crypto.Hash;

/**
 * A TimelockController's operations from its CallScheduled / CallSalt / CallExecuted / Cancelled logs
 * (OpenZeppelin 5), read in adaptive pages. A log that does not fit its event is one unreadable
 * item; a re-read that changes stored logs is reported as a reorganisation. Blocking.
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

    /**
     * The operations, newest first, and beside them what the read has to say: a reorganisation it
     * found, and the logs that did not fit their event (each a bad item; the other operations still show).
     */
    public record Operations(List<TimelockEntry> entries, LogListNotice notice) {

        public Operations {
            entries = List.copyOf(entries);
        }
    }

    /** Every operation ever scheduled, newest first, with its state at the chain's latest block time. */
    public List<TimelockEntry> operations(Progress progress) {
        return read(progress).entries();
    }

    /** {@link #operations}, with the read's notice. */
    public Operations read(Progress progress) {
        RpcLogSource source = new RpcLogSource(client);
        RawLogStore.Read read = logs.catchUp(source, List.of(SCHEDULED, EXECUTED, SALT, CANCELLED),
                org.steward.core.chain.logs.DeploymentBlock.remembered(client, history, timelock),
                client.network().logReading().confirmationDepth(), client.network().logReading().maxPageBlocks(), progress);
        long now = source.blockTime(source.head());
        Operations decoded = entries(read.logs(), now);
        return new Operations(decoded.entries(), new LogListNotice(read.reorg(), decoded.notice().unreadable()));
    }

    /**
     * The operations the logs describe, newest first, in their state at {@code now}. The logs come
     * from a node: one that does not fit its event is kept as an unreadable item that names it, and
     * the others are read.
     */
    static Operations entries(List<RawLog> all, long now) {
        Map<Hash32, Builder> ops = new LinkedHashMap<>();
        List<UnreadableLog> unreadable = new ArrayList<>();
        for (RawLog log : all) {
            try {
                read(log, ops);
            } catch (org.steward.core.abi.AbiException e) {
                unreadable.add(new LogRejectedException(log, "timelock", "its fields do not decode", e).unreadable());
            } catch (IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException e) {
                unreadable.add(new LogRejectedException(log, "timelock", "a topic or field is out of range: " + e.getMessage(), e).unreadable());
            }
        }
        List<TimelockEntry> out = new ArrayList<>();
        ops.forEach((id, b) -> {
            if (!b.calls.isEmpty()) {
                TimelockOperation op = new TimelockOperation(new ArrayList<>(b.calls.values()), b.predecessor, b.salt);
                out.add(new TimelockEntry(id, op, b.scheduledAt, b.eta, TimelockState.of(b.executed, b.cancelled, b.eta, now), op.id().equals(id)));
            }
        });
        java.util.Collections.reverse(out);
        return new Operations(out, new LogListNotice(java.util.Optional.empty(), unreadable));
    }

    /** Reads one log into its operation; every field is read before anything is kept, so a log refused half-way leaves no trace. */
    private static void read(RawLog log, Map<Hash32, Builder> ops) {
        if (log.topics().size() < 2 || log.topics().stream().anyMatch(t -> t == null || t.length != 32)) {
            throw new IllegalArgumentException("every timelock event has its operation id as a 32-byte topic");
        }
        Hash32 kind = Hash32.of(log.topics().get(0));
        Hash32 id = Hash32.of(log.topics().get(1));
        if (kind.equals(SCHEDULED)) {
            List<DecodedArgument> f = AbiCalls.decodeParameters(SCHEDULED_DATA.inputs(), log.data());
            if (log.topics().size() < 3) {
                throw new IllegalArgumentException("CallScheduled has the call's index as its third topic");
            }
            int index = new BigInteger(1, log.topics().get(2)).intValueExact();
            TimelockOperation.Call call = new TimelockOperation.Call((Address) f.get(0).raw(), (BigInteger) f.get(1).raw(), (byte[]) f.get(2).raw());
            Hash32 predecessor = Hash32.of((byte[]) f.get(3).raw());
            long eta = Math.addExact(log.meta().blockTime(), ((BigInteger) f.get(4).raw()).longValueExact());
            Builder b = ops.computeIfAbsent(id, k -> new Builder());
            b.calls.put(index, call);
            b.predecessor = predecessor;
            b.scheduledAt = log.meta().blockTime();
            b.eta = eta;
        } else if (kind.equals(SALT)) {
            Hash32 salt = Hash32.of((byte[]) AbiCalls.decodeParameters(SALT_DATA.inputs(), log.data()).get(0).raw());
            ops.computeIfAbsent(id, k -> new Builder()).salt = salt;
        } else if (kind.equals(EXECUTED)) {
            ops.computeIfAbsent(id, k -> new Builder()).executed = true;
        } else if (kind.equals(CANCELLED)) {
            ops.computeIfAbsent(id, k -> new Builder()).cancelled = true;
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
