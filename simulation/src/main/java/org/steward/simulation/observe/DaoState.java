package org.steward.simulation.observe;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.DecodedArgument;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.simulation.report.StateChange;
import org.steward.simulation.fork.ForkCalls;
import org.steward.simulation.fork.JsonRpc;
import org.steward.simulation.fork.JsonRpc.Req;
import org.web3j.crypto.Hash;

/**
 * The settings of the DAO's own contracts that a run can change, read at one block of the fork
 * in one batch: Safe owners, threshold, modules, guard and fallback handler; Governor settings
 * and the state of the proposals the run touched; the Timelock's delay and the state of its
 * operations; the registry's pause and each touched model's status and stake. A read the
 * contract does not answer is left out, so an older version is simply followed less closely.
 */
public final class DaoState {

    /** A contract to follow: its kind (safe, governor, timelock, registry) and the ids the run touched. */
    public record Target(Address contract, String kind, List<String> ids) {
        public Target {
            ids = List.copyOf(ids);
        }
    }

    private record Probe(Target target, String what, Req read, String returns) {
    }

    // The Safe keeps its guard and fallback handler at these hashed slots (GuardManager, FallbackManager).
    private static final String GUARD_SLOT = Hex.encode(Hash.sha3("guard_manager.guard.address".getBytes(StandardCharsets.UTF_8)));
    private static final String FALLBACK_SLOT = Hex.encode(Hash.sha3("fallback_manager.handler.address".getBytes(StandardCharsets.UTF_8)));
    private static final String SENTINEL = "0x0000000000000000000000000000000000000001";

    private final JsonRpc fork;

    public DaoState(JsonRpc fork) {
        this.fork = fork;
    }

    /** Key "kind|contract|what" to the value as a person reads it. */
    public Map<String, String> read(List<Target> targets, long block) {
        String tag = ForkCalls.tag(block);
        List<Probe> probes = new ArrayList<>();
        for (Target t : targets) {
            switch (t.kind()) {
                case "safe" -> {
                    probes.add(call(t, "owners", "getOwners()", List.of(), "address[] owners", tag));
                    probes.add(call(t, "threshold", "getThreshold()", List.of(), "uint256 threshold", tag));
                    probes.add(call(t, "modules", "getModulesPaginated(address,uint256)", List.of(SENTINEL, "50"), "address[] modules, address next", tag));
                    probes.add(new Probe(t, "guard", Req.of("eth_getStorageAt", t.contract().lowerHex(), GUARD_SLOT, tag), "address guard"));
                    probes.add(new Probe(t, "fallback handler", Req.of("eth_getStorageAt", t.contract().lowerHex(), FALLBACK_SLOT, tag), "address handler"));
                }
                case "governor" -> {
                    probes.add(call(t, "votingDelay", "votingDelay()", List.of(), "uint256 v", tag));
                    probes.add(call(t, "votingPeriod", "votingPeriod()", List.of(), "uint256 v", tag));
                    probes.add(call(t, "proposalThreshold", "proposalThreshold()", List.of(), "uint256 v", tag));
                    probes.add(call(t, "quorumNumerator", "quorumNumerator()", List.of(), "uint256 v", tag));
                    probes.add(call(t, "timelock", "timelock()", List.of(), "address v", tag));
                    for (String id : t.ids()) {
                        probes.add(call(t, "proposal " + id + " state", "state(uint256)", List.of(id), "uint8 state", tag));
                    }
                }
                case "timelock" -> {
                    probes.add(call(t, "minDelay", "getMinDelay()", List.of(), "uint256 v", tag));
                    for (String id : t.ids()) {
                        probes.add(call(t, "operation " + id + " state", "getOperationState(bytes32)", List.of(id), "uint8 state", tag));
                    }
                }
                case "registry" -> {
                    probes.add(call(t, "paused", "paused()", List.of(), "bool v", tag));
                    for (String id : t.ids()) {
                        probes.add(call(t, "model " + id + " status", "statusOf(uint256)", List.of(id), "uint8 status", tag));
                        probes.add(call(t, "model " + id + " stake", "models(uint256)", List.of(id),
                                "address provider, uint8 status, uint64 listedAt, uint64 unbondingReleaseAt, uint256 stake", tag));
                    }
                }
                default -> {
                    // an unknown kind has nothing to follow
                }
            }
        }
        List<JsonNode> answers = fork.batchLenient(probes.stream().map(Probe::read).toList());
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < probes.size(); i++) {
            Probe p = probes.get(i);
            String value = decode(p, answers.get(i));
            if (value != null) {
                out.put(p.target().kind() + "|" + p.target().contract().lowerHex() + "|" + p.what(), value);
            }
        }
        return out;
    }

    /** What differs between two reads of the same targets. */
    public static List<StateChange> diff(Map<String, String> before, Map<String, String> after) {
        List<StateChange> out = new ArrayList<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            String was = before.get(e.getKey());
            if (!Objects.equals(was, e.getValue())) {
                String[] key = e.getKey().split("\\|", 3);
                out.add(new StateChange(Address.parse(key[1]), key[0], key[2], was, e.getValue()));
            }
        }
        return out;
    }

    private static Probe call(Target t, String what, String signature, List<String> args, String returns, String tag) {
        byte[] data = AbiCalls.encode(AbiFunction.parse(signature), args);
        return new Probe(t, what, Req.of("eth_call", ForkCalls.callObject(null, t.contract(), null, data), tag), returns);
    }

    private static String decode(Probe p, JsonNode answer) {
        if (answer == null || answer.isNull()) {
            return null;
        }
        byte[] bytes = Hex.decode(answer.asText());
        if (bytes.length == 0) {
            return null;
        }
        try {
            List<DecodedArgument> values = p.returns().startsWith("address provider")
                    ? AbiCalls.decodeReturn(p.returns(), java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 5 * 32)))
                    : AbiCalls.decodeReturn(p.returns(), bytes);
            return p.returns().startsWith("address provider") ? values.get(4).value() : values.get(0).value();
        } catch (RuntimeException malformed) {
            return null;
        }
    }
}
