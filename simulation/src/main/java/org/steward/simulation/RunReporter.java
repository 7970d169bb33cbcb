package org.steward.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steward.core.eth.Address;
import org.steward.simulation.decode.EventDecoder;
import org.steward.simulation.decode.KnownAbi;
import org.steward.simulation.decode.RevertDecoder;
import org.steward.simulation.fork.ForkCalls;
import org.steward.simulation.fork.JsonRpc;
import org.steward.simulation.observe.BalanceReader;
import org.steward.simulation.observe.BalanceReader.Holding;
import org.steward.simulation.observe.CallTrace;
import org.steward.simulation.observe.DaoState;
import org.steward.simulation.report.BalanceChange;
import org.steward.simulation.report.DecodedEvent;
import org.steward.simulation.report.StateChange;

/**
 * Turns the executing transactions of one simulation into its report: events from the receipts,
 * touched addresses from the call traces and Transfer logs, balances and DAO state read at the
 * block before the run and after it.
 */
final class RunReporter {

    private static final String TRANSFER = KnownAbi.topic("Transfer(address,address,uint256)");

    private final ForkCalls fork;
    private final SimulationContext ctx;
    private final EventDecoder events = new EventDecoder(KnownAbi.get());
    private final RevertDecoder reverts;

    RunReporter(ForkCalls fork, SimulationContext ctx) {
        this.fork = fork;
        this.ctx = ctx;
        this.reverts = new RevertDecoder(KnownAbi.get(), ctx.revertWords());
    }

    RevertDecoder reverts() {
        return reverts;
    }

    /** One mined transaction of the run, with its call tree. */
    record Executed(JsonNode receipt, CallTrace trace) {
        boolean mined() {
            return "0x1".equals(receipt.path("status").asText());
        }

        BigInteger gasUsed() {
            return JsonRpc.quantity(receipt.get("gasUsed"));
        }
    }

    Executed executed(JsonNode receipt) {
        return new Executed(receipt, CallTrace.of(fork.trace(receipt.path("transactionHash").asText())));
    }

    /**
     * @param followed addresses whose balances are always read (the Safe), and contracts of known kind to follow
     */
    SimulationReport report(long beforeBlock, List<Executed> runs, boolean success, String revertReason,
                            Set<Address> followed, Map<Address, String> kinds, Map<Address, Set<String>> ids,
                            List<String> notes, List<String> risks, long forkBlock) {
        long afterBlock = fork.blockNumber();
        Set<Address> accounts = new LinkedHashSet<>(followed);
        Set<Holding> holdings = new LinkedHashSet<>();
        List<DecodedEvent> decoded = new ArrayList<>();
        Map<Address, String> targetKinds = new LinkedHashMap<>(kinds);
        Map<Address, Set<String>> targetIds = new LinkedHashMap<>();
        ids.forEach((a, s) -> targetIds.put(a, new LinkedHashSet<>(s)));
        BigInteger gas = BigInteger.ZERO;
        for (Executed run : runs) {
            gas = gas.add(run.gasUsed());
            accounts.addAll(run.trace().addresses());
            for (JsonNode log : run.receipt().path("logs")) {
                Address emitter = Address.parse(log.path("address").asText());
                List<String> topics = new ArrayList<>();
                log.path("topics").forEach(t -> topics.add(t.asText()));
                EventDecoder.Result r = events.decode(emitter, topics, log.path("data").asText("0x"));
                decoded.add(r.event());
                if (topics.size() == 3 && topics.get(0).equalsIgnoreCase(TRANSFER)) {
                    holdings.add(new Holding(emitter, topicAddress(topics.get(1))));
                    holdings.add(new Holding(emitter, topicAddress(topics.get(2))));
                }
                follow(r, targetKinds, targetIds);
            }
        }
        holdings.removeIf(h -> h.holder().equals(Address.ZERO));
        List<BalanceChange> balances = new BalanceReader(fork.rpc(), ctx::nameOf).changes(beforeBlock, afterBlock, accounts, holdings);
        List<DaoState.Target> targets = new ArrayList<>();
        targetKinds.forEach((a, kind) -> targets.add(new DaoState.Target(a, kind, List.copyOf(targetIds.getOrDefault(a, Set.of())))));
        DaoState dao = new DaoState(fork.rpc());
        List<StateChange> changes = DaoState.diff(dao.read(targets, beforeBlock), dao.read(targets, afterBlock));
        List<String> allRisks = new ArrayList<>(risks);
        for (StateChange c : changes) {
            if (c.kind().equals("safe") && List.of("modules", "guard", "fallback handler").contains(c.what())) {
                allRisks.add("The Safe's " + c.what() + " changes (" + c.before() + " to " + c.after()
                        + "): code that is not an owner gains control over the Safe or its checks.");
            }
        }
        if (!success) {
            allRisks.add(0, "The simulation failed: " + revertReason + ".");
        }
        return new SimulationReport(success, success ? null : revertReason, gas, balances, decoded, changes, notes, allRisks, forkBlock);
    }

    /** A contract that emitted a Safe, Governor, Timelock or registry event is followed as that kind. */
    private static void follow(EventDecoder.Result r, Map<Address, String> kinds, Map<Address, Set<String>> ids) {
        String kind = r.kind();
        if (kind == null || kind.equals("erc20")) {
            return;
        }
        Address a = r.event().address();
        kinds.putIfAbsent(a, kind);
        String key = switch (kind) {
            case "governor" -> "proposalId";
            case "timelock" -> "id";
            case "registry" -> "modelId";
            default -> null;
        };
        String id = key == null ? null : r.event().args().get(key);
        if (id != null && kinds.get(a).equals(kind)) {
            ids.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(id);
        }
    }

    private static Address topicAddress(String topic) {
        return Address.parse("0x" + topic.substring(topic.length() - 40));
    }
}
