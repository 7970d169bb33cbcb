package org.steward.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steward.core.UserFacingException;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.chain.logs.EventMeta;
import org.steward.core.chain.logs.LogRejectedException;
import org.steward.core.chain.logs.RawLog;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.steward.core.governor.GovernorEvent;
import org.steward.core.governor.GovernorEventDecoder;
import org.steward.core.governor.ProposalAction;
import org.steward.simulation.fork.ForkCalls;
import org.steward.simulation.fork.JsonRpc;

/**
 * A Governor proposal's actions. OpenZeppelin's Governor keeps only their hash, so they are read
 * from the proposal's ProposalCreated log (decoded by core's {@link GovernorEventDecoder}, as the
 * Governor screens decode it): the proposal's snapshot minus the voting delay is the
 * block it was created in (block-number clocks), so one {@code eth_getLogs} over that block finds
 * it; if the delay has changed since, or the clock counts seconds, one query over the last
 * {@value #WIDE_RANGE} blocks does (older proposals under a timestamp clock are not found).
 */
public final class ProposalActions {

    private static final Hash32 CREATED_TOPIC = GovernorEventDecoder.proposalCreatedTopic();
    private static final long WIDE_RANGE = 50_000;

    /** One call the Timelock makes when the proposal executes. */
    public record Action(Address target, BigInteger value, byte[] data) {
    }

    /** The proposal's actions and its description's first line. */
    public record Found(List<Action> actions, String title) {
    }

    private ProposalActions() {
    }

    public static Found find(ForkCalls fork, JsonRpc source, Address governor, BigInteger id) {
        BigInteger snapshot = uint(fork, governor, "proposalSnapshot(uint256)", id.toString());
        if (snapshot.signum() == 0) {
            throw new UserFacingException("The Governor " + governor + " has no proposal " + id + ": check the id (the long number, not the list position).");
        }
        BigInteger delay = uint(fork, governor, "votingDelay()", null);
        long head = fork.blockNumber();
        BigInteger created = snapshot.subtract(delay).max(BigInteger.ZERO);
        // A timestamp clock's snapshot is a time, not a block: only the wide query can find it.
        boolean blockClock = created.compareTo(BigInteger.valueOf(head)) <= 0;
        Found found = blockClock ? search(source, governor, id, created.longValueExact(), created.longValueExact()) : null;
        if (found == null) {
            long to = blockClock ? Math.min(snapshot.longValueExact(), head) : head;
            found = search(source, governor, id, Math.max(0, to - WIDE_RANGE), to);
        }
        if (found == null) {
            throw new UserFacingException("The RPC did not return proposal " + id + "'s ProposalCreated log in the last " + WIDE_RANGE
                    + " blocks or at its creation block: its actions cannot be simulated without it; try an RPC that keeps logs.");
        }
        return found;
    }

    private static Found search(JsonRpc source, Address governor, BigInteger id, long from, long to) {
        JsonNode logs = source.call("eth_getLogs", Map.of("address", governor.lowerHex(),
                "topics", List.of(CREATED_TOPIC.hex()), "fromBlock", ForkCalls.tag(from), "toBlock", ForkCalls.tag(to)));
        List<String> unreadable = new ArrayList<>();
        for (JsonNode log : logs) {
            Optional<GovernorEvent> event;
            try {
                event = GovernorEventDecoder.decode(raw(governor, log));
            } catch (LogRejectedException e) {
                // Another proposal's broken log must not hide this one's; it is named only if this one is not found.
                unreadable.add(e.unreadable().sentence());
                continue;
            }
            if (event.orElse(null) instanceof GovernorEvent.Created created && id.equals(created.proposalId())) {
                return found(created);
            }
        }
        if (!unreadable.isEmpty()) {
            throw new UserFacingException("The RPC returned ProposalCreated logs Steward cannot read, and none for proposal " + id + ": "
                    + String.join("; ", unreadable));
        }
        return null;
    }

    private static Found found(GovernorEvent.Created created) {
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < created.actions().size(); i++) {
            ProposalAction a = created.actions().get(i);
            byte[] data = a.calldata();
            String signature = i < created.signatures().size() ? created.signatures().get(i) : "";
            if (!signature.isEmpty()) {
                // Governor Bravo style: the signature's selector goes before the arguments.
                byte[] selector = selector(signature);
                byte[] full = new byte[4 + data.length];
                System.arraycopy(selector, 0, full, 0, 4);
                System.arraycopy(data, 0, full, 4, data.length);
                data = full;
            }
            actions.add(new Action(a.target(), a.value(), data));
        }
        String title = created.description().lines().findFirst().orElse("").replaceFirst("^#+\\s*", "").strip();
        return new Found(actions, title);
    }

    private static byte[] selector(String signature) {
        try {
            return AbiFunction.parse(signature).selector();
        } catch (RuntimeException e) {
            throw new UserFacingException("The proposal names the function \"" + signature + "\", which is not a function signature Steward can read.");
        }
    }

    /** A log as the node sent it; one that is not even shaped like a log is the RPC's fault, said as such. */
    private static RawLog raw(Address governor, JsonNode log) {
        try {
            List<byte[]> topics = new ArrayList<>();
            for (JsonNode t : log.path("topics")) {
                topics.add(Hex.decode(t.asText()));
            }
            EventMeta meta = new EventMeta(governor, Long.decode(log.path("blockNumber").asText("0")), hash(log.path("blockHash")), 0,
                    Integer.decode(log.path("logIndex").asText("0")), hash(log.path("transactionHash")));
            return new RawLog(meta, topics, Hex.decode(log.path("data").asText("0x")));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("The RPC answered eth_getLogs with something that is not a log (" + e.getMessage() + "); try another RPC.");
        }
    }

    private static Hash32 hash(JsonNode node) {
        return node.isTextual() ? Hash32.parse(node.asText()) : Hash32.of(new byte[32]);
    }

    private static BigInteger uint(ForkCalls fork, Address to, String signature, String arg) {
        byte[] data = AbiCalls.encode(AbiFunction.parse(signature), arg == null ? List.of() : List.of(arg));
        byte[] out = fork.call(null, to, BigInteger.ZERO, data, "latest");
        return (BigInteger) AbiCalls.decodeReturn("uint256 v", out).get(0).raw();
    }
}
