package org.steward.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.net.Redact;
import org.steward.simulation.fork.AnvilLocator;
import org.steward.simulation.fork.Fork;
import org.steward.simulation.fork.ForkCalls;
import org.steward.simulation.fork.JsonRpc;
import org.steward.simulation.fork.RpcException;
import org.steward.simulation.observe.CallTrace;

/**
 * Simulates what the user is about to sign on a private anvil fork of their own RPC: a Safe
 * transaction (signed or not yet), a Governor proposal as its Timelock would execute it, or plain
 * calls from one account (registry actions, delegation, a Timelock execute). Blocking: run it in a
 * background task. One simulation at a time per simulator; the fork is reused while the source's
 * head has not moved.
 */
public final class Simulator implements AutoCloseable {

    private static final AbiFunction GET_OWNERS = AbiFunction.parse("getOwners()");
    private static final AbiFunction GET_THRESHOLD = AbiFunction.parse("getThreshold()");
    private static final AbiFunction NONCE = AbiFunction.parse("nonce()");
    private static final AbiFunction TX_HASH = AbiFunction.parse(
            "getTransactionHash(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,uint256)");
    private static final AbiFunction APPROVE_HASH = AbiFunction.parse("approveHash(bytes32)");
    private static final AbiFunction EXEC = AbiFunction.parse(
            "execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes)");
    private static final AbiFunction TIMELOCK = AbiFunction.parse("timelock()");
    private static final AbiFunction STATE = AbiFunction.parse("state(uint256)");
    private static final String EXECUTION_FAILURE = org.steward.simulation.decode.KnownAbi.topic("ExecutionFailure(bytes32,uint256)");
    private static final List<String> PROPOSAL_STATES = List.of("Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed");
    private static final String ZERO = Address.ZERO.lowerHex();
    /** Stands in for whoever sends Governor.execute; no key exists for it (keccak of a label). */
    private static final Address EXECUTE_PAYER = Address.fromBytes(java.util.Arrays.copyOfRange(
            org.web3j.crypto.Hash.sha3("steward simulation executor".getBytes(java.nio.charset.StandardCharsets.UTF_8)), 12, 32));

    private final URI source;
    private final Fork fork;

    public Simulator(URI source) {
        this(source, AnvilLocator::find);
    }

    public Simulator(URI source, Supplier<Path> anvil) {
        this.source = source;
        this.fork = new Fork(source, anvil);
    }

    /** The fork, for tests and the benchmark (how often it was taken). */
    public Fork fork() {
        return fork;
    }

    public synchronized SimulationReport safeTx(SafeTxRequest r, SimulationContext ctx) {
        return counted(() -> runSafeTx(r, ctx));
    }

    private SimulationReport runSafeTx(SafeTxRequest r, SimulationContext ctx) {
        Fork.Lease lease = fork.ready();
        ForkCalls calls = new ForkCalls(lease.rpc());
        RunReporter reporter = new RunReporter(calls, ctx);
        List<JsonNode> state = lease.rpc().batch(List.of(GET_OWNERS, GET_THRESHOLD, NONCE).stream()
                .map(f -> JsonRpc.Req.of("eth_call", ForkCalls.callObject(null, r.safe(), null, AbiCalls.encode(f, List.of())), "latest")).toList());
        if (state.stream().anyMatch(a -> a.asText().length() < 66)) {
            throw new org.steward.core.UserFacingException(r.safe() + " does not answer as a Safe (getOwners, getThreshold, nonce): check the address and that the RPC serves its chain.");
        }
        List<Address> owners = addresses(Hex.decode(state.get(0).asText()));
        int threshold = uint(Hex.decode(state.get(1).asText())).intValueExact();
        BigInteger nonce = uint(Hex.decode(state.get(2).asText()));
        if (owners.isEmpty() || threshold < 1 || threshold > owners.size()) {
            throw new org.steward.core.UserFacingException(r.safe() + " reports " + owners.size() + " owners and a threshold of " + threshold
                    + ": it is not a set-up Safe; check the address.");
        }
        List<String> notes = new ArrayList<>();
        notes.add(where(lease.forkBlock()));
        byte[] signatures = r.signatures();
        Address executor = owners.get(0);
        if (signatures == null) {
            String hash = Hex.encode(calls.call(null, r.safe(), BigInteger.ZERO, AbiCalls.encode(TX_HASH, List.of(r.to().lowerHex(), r.value().toString(),
                    Hex.encode(r.data()), Integer.toString(r.operation()), "0", "0", "0", ZERO, ZERO, nonce.toString())), "latest"));
            List<Address> signers = owners.stream().sorted().limit(threshold).toList();
            ByteArrayOutputStream sigs = new ByteArrayOutputStream();
            for (Address owner : signers) {
                calls.send(owner, r.safe(), BigInteger.ZERO, AbiCalls.encode(APPROVE_HASH, List.of(hash)));
                sigs.writeBytes(preValidated(owner));
            }
            signatures = sigs.toByteArray();
            executor = signers.get(0);
            notes.add("Not signed yet: simulated as if signed. " + threshold + " of " + owners.size() + " owners ("
                    + signers.stream().map(a -> label(a, ctx)).collect(Collectors.joining(", "))
                    + ") were impersonated on the fork and approved the hash on chain (approveHash), then it was executed with their pre-validated signatures.");
        }
        long before = calls.blockNumber();
        JsonNode receipt = calls.send(executor, r.safe(), BigInteger.ZERO, AbiCalls.encode(EXEC, List.of(r.to().lowerHex(), r.value().toString(),
                Hex.encode(r.data()), Integer.toString(r.operation()), "0", "0", "0", ZERO, ZERO, Hex.encode(signatures))));
        RunReporter.Executed run = reporter.executed(receipt);
        boolean innerFailed = false;
        for (JsonNode log : receipt.path("logs")) {
            if (log.path("topics").path(0).asText().equalsIgnoreCase(EXECUTION_FAILURE) && log.path("address").asText().equalsIgnoreCase(r.safe().lowerHex())) {
                innerFailed = true;
            }
        }
        boolean success = run.mined() && !innerFailed;
        String reason = success ? null : safeFailure(run.trace(), r.safe(), reporter);
        List<String> risks = new ArrayList<>();
        for (CallTrace.Frame d : run.trace().delegatecallsFrom(r.safe())) {
            if (!ctx.trustedDelegates().contains(d.to())) {
                risks.add("Delegatecall to " + label(d.to(), ctx) + ", which is not a trusted library: its code runs as the Safe, "
                        + "with the Safe's storage and funds, and can change owners, modules or the guard.");
            }
        }
        Map<Address, String> kinds = new LinkedHashMap<>();
        ctx.safes().forEach(s -> kinds.put(s, "safe"));
        kinds.put(r.safe(), "safe");
        daoOf(ctx, kinds);
        return reporter.report(before, List.of(run), success, reason, Set.of(r.safe()), kinds, Map.of(), notes, risks, lease.forkBlock());
    }

    /** "if this passes, executing it through the Timelock does …": the proposal's actions sent as the Timelock. */
    public synchronized SimulationReport proposal(Address governor, BigInteger id, SimulationContext ctx) {
        return counted(() -> runProposal(governor, id, ctx));
    }

    private SimulationReport runProposal(Address governor, BigInteger id, SimulationContext ctx) {
        Fork.Lease lease = fork.ready();
        ForkCalls calls = new ForkCalls(lease.rpc());
        RunReporter reporter = new RunReporter(calls, ctx);
        ProposalActions.Found found = ProposalActions.find(calls, lease.source(), governor, id);
        Address executor = governor;
        try {
            executor = (Address) AbiCalls.decodeReturn("address v", calls.call(null, governor, BigInteger.ZERO, AbiCalls.encode(TIMELOCK, List.of()), "latest")).get(0).raw();
        } catch (RuntimeException noTimelock) {
            // a Governor without a Timelock executes the actions itself
        }
        String state = proposalState(calls, governor, id);
        List<String> notes = new ArrayList<>();
        notes.add(where(lease.forkBlock()));
        notes.add("If this passes: its " + found.actions().size() + " action(s) were run as " + (executor.equals(governor) ? "the Governor " : "the Timelock ")
                + label(executor, ctx) + ", as executing the proposal does; voting, queueing and the delay were skipped. The proposal is " + state + " now.");
        Map<Address, String> kinds = new LinkedHashMap<>();
        kinds.put(governor, "governor");
        if (!executor.equals(governor)) {
            kinds.put(executor, "timelock");
        }
        daoOf(ctx, kinds);
        Map<Address, Set<String>> ids = Map.of(governor, Set.of(id.toString()));
        long before = calls.blockNumber();
        BigInteger total = found.actions().stream().map(ProposalActions.Action::value).reduce(BigInteger.ZERO, BigInteger::add);
        if (total.signum() > 0) {
            payWithExecute(calls, executor, total);
            notes.add("The " + org.steward.core.format.Amounts.exactText(total, 18, "ETH") + " the actions send is paid by whoever executes, with the execute "
                    + "transaction (the Governor forwards it to the Timelock), as Steward's execute does; that account is not shown.");
        }
        return runAll(calls, reporter, executor, found.actions(), ctx, notes, kinds, ids, lease.forkBlock(), before);
    }

    /**
     * Governor.execute forwards its msg.value to the Timelock, which then pays the actions' values:
     * the fork gets the same ether into the Timelock from a stand-in executor before the actions run.
     */
    private static void payWithExecute(ForkCalls calls, Address executor, BigInteger total) {
        calls.rpc().call("anvil_setBalance", EXECUTE_PAYER.lowerHex(), "0x" + total.toString(16));
        JsonNode paid = calls.send(EXECUTE_PAYER, executor, total, new byte[0]);
        if (!"0x1".equals(paid.path("status").asText())) {
            throw new org.steward.core.UserFacingException("The simulation could not forward the proposal's "
                    + org.steward.core.format.Amounts.exactText(total, 18, "ETH") + " to " + executor + " the way Governor.execute does.");
        }
    }

    /** Plain calls from one account, in order (registry actions, delegation, a Timelock execute). */
    public synchronized SimulationReport calls(Address from, List<ProposalActions.Action> actions, SimulationContext ctx) {
        return counted(() -> runCalls(from, actions, ctx));
    }

    private SimulationReport runCalls(Address from, List<ProposalActions.Action> actions, SimulationContext ctx) {
        Fork.Lease lease = fork.ready();
        ForkCalls calls = new ForkCalls(lease.rpc());
        RunReporter reporter = new RunReporter(calls, ctx);
        Map<Address, String> kinds = new LinkedHashMap<>();
        ctx.safes().forEach(s -> kinds.put(s, "safe"));
        daoOf(ctx, kinds);
        return runAll(calls, reporter, from, actions, ctx, new ArrayList<>(List.of(where(lease.forkBlock()))), kinds, Map.of(), lease.forkBlock());
    }

    /** The report with a note of exactly what this simulation asked the user's RPC (all of it passes the fork's relay). */
    private SimulationReport counted(Supplier<SimulationReport> run) {
        Map<String, Integer> before = fork.sentToSource();
        SimulationReport report = run.get();
        Map<String, Integer> after = fork.sentToSource();
        String asked = new java.util.TreeMap<>(after).entrySet().stream().filter(e -> e.getValue() > before.getOrDefault(e.getKey(), 0))
                .map(e -> e.getKey() + " ×" + (e.getValue() - before.getOrDefault(e.getKey(), 0))).collect(Collectors.joining(", "));
        return report.withNote("Your RPC was asked: " + (asked.isEmpty() ? "nothing" : asked) + ".");
    }

    private SimulationReport runAll(ForkCalls calls, RunReporter reporter, Address from, List<ProposalActions.Action> actions, SimulationContext ctx,
                                    List<String> notes, Map<Address, String> kinds, Map<Address, Set<String>> ids, long forkBlock) {
        return runAll(calls, reporter, from, actions, ctx, notes, kinds, ids, forkBlock, calls.blockNumber());
    }

    private SimulationReport runAll(ForkCalls calls, RunReporter reporter, Address from, List<ProposalActions.Action> actions, SimulationContext ctx,
                                    List<String> notes, Map<Address, String> kinds, Map<Address, Set<String>> ids, long forkBlock, long before) {
        List<RunReporter.Executed> runs = new ArrayList<>();
        String reason = null;
        for (int i = 0; i < actions.size(); i++) {
            ProposalActions.Action a = actions.get(i);
            RunReporter.Executed run = reporter.executed(calls.send(from, a.target(), a.value(), a.data()));
            runs.add(run);
            if (!run.mined()) {
                reason = (actions.size() > 1 ? "action " + (i + 1) + " of " + actions.size() + " (to " + label(a.target(), ctx) + ") reverted: " : "")
                        + reporter.reverts().describe(run.trace().root().output());
                break;
            }
        }
        Set<Address> followed = new LinkedHashSet<>(List.of(from));
        return reporter.report(before, runs, reason == null, reason, followed, kinds, ids, notes, List.of(), forkBlock);
    }

    /** Why a Safe execution failed: the inner call's reason when it was the inner call, else the Safe's own (a GS code). */
    private static String safeFailure(CallTrace trace, Address safe, RunReporter reporter) {
        String outer = reporter.reverts().describe(trace.root().output());
        return trace.deepestFailedCallFrom(safe).map(inner -> {
            String why = reporter.reverts().describe(inner.output());
            return "the Safe's inner call to " + inner.to() + " failed: " + why
                    + (trace.root().failed() && !outer.equals(why) ? " (the Safe then reverted: " + outer + ")" : "");
        }).orElse(outer);
    }

    private static void daoOf(SimulationContext ctx, Map<Address, String> kinds) {
        ctx.governor().ifPresent(g -> kinds.putIfAbsent(g, "governor"));
        ctx.timelock().ifPresent(t -> kinds.putIfAbsent(t, "timelock"));
        ctx.registry().ifPresent(r -> kinds.putIfAbsent(r, "registry"));
    }

    private static String proposalState(ForkCalls calls, Address governor, BigInteger id) {
        try {
            int s = uint(calls.call(null, governor, BigInteger.ZERO, AbiCalls.encode(STATE, List.of(id.toString())), "latest")).intValueExact();
            return s < PROPOSAL_STATES.size() ? PROPOSAL_STATES.get(s) : "in state " + s;
        } catch (RpcException | ArithmeticException e) {
            return "in an unknown state";
        }
    }

    private String where(long block) {
        return "Simulated on a private anvil fork of " + Redact.url(source) + " at block " + block + "; nothing was sent to the network.";
    }

    /** Safe's pre-validated signature: r = the owner, s = 0, v = 1 (accepted when the owner approved the hash or is the executor). */
    private static byte[] preValidated(Address owner) {
        byte[] sig = new byte[65];
        System.arraycopy(owner.bytes(), 0, sig, 12, 20);
        sig[64] = 1;
        return sig;
    }

    private static String label(Address a, SimulationContext ctx) {
        String name = ctx.nameOf(a);
        return name == null ? a.checksummed() : a.checksummed() + " (" + name + ")";
    }

    private static BigInteger uint(byte[] word) {
        return (BigInteger) AbiCalls.decodeReturn("uint256 v", word).get(0).raw();
    }

    @SuppressWarnings("unchecked")
    private static List<Address> addresses(byte[] returned) {
        return (List<Address>) AbiCalls.decodeReturn("address[] v", returned).get(0).raw();
    }

    @Override
    public void close() {
        fork.close();
    }
}
