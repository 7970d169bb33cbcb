package org.steward.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.steward.core.UserFacingException;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.DecodedArgument;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.simulation.decode.KnownAbi;
import org.steward.simulation.fork.ForkCalls;
import org.steward.simulation.fork.JsonRpc;

/**
 * A Governor proposal's actions. OpenZeppelin's Governor keeps only their hash, so they are read
 * from the proposal's ProposalCreated log: the proposal's snapshot minus the voting delay is the
 * block it was created in (block-number clocks), so one {@code eth_getLogs} over that block finds
 * it; if the delay has changed since, or the clock counts seconds, one query over the last
 * {@value #WIDE_RANGE} blocks does (older proposals under a timestamp clock are not found).
 */
public final class ProposalActions {

    private static final AbiFunction PROPOSAL_CREATED = AbiFunction.parse("ProposalCreated(uint256 proposalId, address proposer, address[] targets, "
            + "uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)");
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
                "topics", List.of(KnownAbi.topic(PROPOSAL_CREATED.signature())),
                "fromBlock", ForkCalls.tag(from), "toBlock", ForkCalls.tag(to)));
        for (JsonNode log : logs) {
            List<DecodedArgument> args = AbiCalls.decodeParameters(PROPOSAL_CREATED.inputs(), Hex.decode(log.path("data").asText()));
            if (!id.equals(args.get(0).raw())) {
                continue;
            }
            List<?> targets = (List<?>) args.get(2).raw();
            List<?> values = (List<?>) args.get(3).raw();
            List<?> signatures = (List<?>) args.get(4).raw();
            List<?> calldatas = (List<?>) args.get(5).raw();
            List<Action> actions = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                byte[] data = (byte[]) calldatas.get(i);
                String signature = (String) signatures.get(i);
                if (!signature.isEmpty()) {
                    // Governor Bravo style: the signature's selector goes before the arguments.
                    byte[] selector = AbiFunction.parse(signature).selector();
                    byte[] full = new byte[4 + data.length];
                    System.arraycopy(selector, 0, full, 0, 4);
                    System.arraycopy(data, 0, full, 4, data.length);
                    data = full;
                }
                actions.add(new Action((Address) targets.get(i), (BigInteger) values.get(i), data));
            }
            String description = (String) args.get(8).raw();
            String title = description.lines().findFirst().orElse("").replaceFirst("^#+\\s*", "").strip();
            return new Found(actions, title);
        }
        return null;
    }

    private static BigInteger uint(ForkCalls fork, Address to, String signature, String arg) {
        byte[] data = AbiCalls.encode(AbiFunction.parse(signature), arg == null ? List.of() : List.of(arg));
        byte[] out = fork.call(null, to, BigInteger.ZERO, data, "latest");
        return (BigInteger) AbiCalls.decodeReturn("uint256 v", out).get(0).raw();
    }
}
