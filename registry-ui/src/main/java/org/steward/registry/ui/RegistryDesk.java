package org.steward.registry.ui;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.DeviceTransactions;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.net.Network;
import org.steward.core.task.Progress;
import org.steward.governance.ui.governor.ChainGovernorSource;
import org.steward.governance.ui.governor.GovernorSource;
import org.steward.registry.domain.DisputeLinker;
import org.steward.registry.domain.RegistryEvent;
import org.steward.registry.domain.RegistryGovernance;
import org.steward.registry.domain.RegistryParams;
import org.steward.registry.service.RegistryCallSender;
import org.steward.registry.service.RegistryEventStore;
import org.steward.registry.service.RegistryIndexer;
import org.steward.registry.service.RegistryReader;
import org.steward.registry.service.RegistrySync;

/**
 * What the curator workspace reads beyond the table: the stored events, the parameters, the
 * Governor's proposals (indexed here too, so disputes link to them) and the signing account's roles. Blocking.
 */
public final class RegistryDesk implements AutoCloseable {

    private static final AbiFunction HAS_ROLE = AbiFunction.parse("hasRole(bytes32,address)");
    private static final AbiFunction MIN_DELAY = AbiFunction.parse("getMinDelay()");


    /** Everything one refresh read. */
    public record Data(List<RegistryEvent> events, RegistryParams params, Address token, List<DisputeLinker.Proposal> proposals,
                       long minDelaySeconds, Optional<Address> account, Optional<String> accountProblem, boolean accountIsGuardian,
                       boolean accountIsCurator, long now,
                       java.util.Map<String, List<org.steward.registry.domain.ModelHistory.Point>> metricSeries,
                       java.util.Map<String, String> metricDefinitions, Derived derived) {
    }

    /** What the workspace shows that is computed from the events and proposals: done here, off the FX thread. */
    public record Derived(List<org.steward.registry.domain.Dispute> disputes, List<String> parameterHistory, List<String> pendingChanges,
                          java.util.Set<Address> guardians) {
    }

    /** Moments at which the metrics are recomputed for their charts. */
    private static final int METRIC_POINTS = 24;

    private final Network network;
    private final HistoryStore history;
    private final Address registry;
    private final Optional<Address> governor;
    private final Optional<Address> timelock;
    private final Supplier<DeviceTransactions.Account> signer;
    private final ChainGovernorSource governorSource;
    private ChainClient client;
    private org.steward.simulation.Simulator simulator;

    public RegistryDesk(Network network, HistoryStore history, Address registry, Optional<Address> governor, Optional<Address> timelock,
                        Supplier<DeviceTransactions.Account> signer) {
        this.network = network;
        this.history = history;
        this.registry = registry;
        this.governor = governor;
        this.timelock = timelock;
        this.signer = signer;
        this.governorSource = governor.map(g -> new ChainGovernorSource(network, g, history, signer)).orElse(null);
    }

    public Address registry() {
        return registry;
    }

    public Optional<GovernorSource> governorSource() {
        return Optional.ofNullable(governorSource);
    }

    private synchronized ChainClient client() {
        if (client == null) {
            client = ChainClient.connect(network);
        }
        return client;
    }

    /** @param now this machine's clock, used only until the chain's head time is known */
    public Data load(Progress progress, long now) {
        ChainClient c = client();
        RegistryReader reader = new RegistryReader(c, registry);
        RegistryIndexer.Settings settings = RegistryIndexer.Settings.forNetwork(network.local());
        // Deadlines and metrics run on chain time: the head block's timestamp, not this machine's clock.
        now = new RegistrySync(c, history, registry, settings).catchUp(progress).now();
        List<RegistryEvent> events = new RegistryEventStore(history, network.chainId(), registry).events();
        List<DisputeLinker.Proposal> proposals = new ArrayList<>();
        if (governorSource != null) {
            governorSource.proposals(progress).forEach(p -> proposals.add(new DisputeLinker.Proposal(p.created(), Optional.of(p.status()))));
        }
        long minDelay = timelock.map(t -> new BigInteger(1, c.call(t, AbiCalls.encode(MIN_DELAY, List.of()))).longValueExact()).orElse(0L);
        Optional<Address> account = Optional.empty();
        boolean guardian = false;
        boolean curator = false;
        Optional<String> accountProblem = Optional.empty();
        try {
            account = Optional.of(signer.get().address());
            guardian = hasRole(c, RegistryGovernance.GUARDIAN_ROLE, account.get());
            curator = hasRole(c, RegistryGovernance.CURATOR_ROLE, account.get());
        } catch (RuntimeException noDevice) {
            // Without a device the workspace still reads; the actions that need a role say why they cannot be judged.
            accountProblem = Optional.of(org.steward.ui.UserMessages.sentence(noDevice));
        }
        var definitions = new java.util.LinkedHashMap<String, String>();
        org.steward.registry.domain.RegistryMetricsCalculator.compute(events, registry, now, 0).metrics()
                .forEach(metric -> definitions.put(metric.key(), metric.definition()));
        Derived derived = new Derived(DisputeLinker.link(events, registry, proposals, minDelay, now), RegistryGovernance.history(events),
                RegistryGovernance.pending(proposals, registry), RegistryGovernance.guardians(events));
        return new Data(events, reader.params(), reader.token(), proposals, minDelay, account, accountProblem, guardian, curator, now,
                org.steward.registry.domain.MetricsHistory.series(events, registry, now, METRIC_POINTS), definitions, derived);
    }

    private boolean hasRole(ChainClient c, org.steward.core.eth.Hash32 role, Address account) {
        return new BigInteger(1, c.call(registry, AbiCalls.encode(HAS_ROLE, List.of(role.hex(), account.lowerHex())))).signum() != 0;
    }

    public RegistryCallSender sender() {
        return new RegistryCallSender(client(), new SignedItems(history), signer);
    }

    /** The registry action run from the signer's account on a private fork, before the device is asked to sign it. */
    public String simulate(org.steward.governance.service.governor.PreparedCall call) {
        return org.steward.governance.service.governor.CallSimulation.describe(simulator(), signer.get().address(), call,
                org.steward.simulation.SimulationContext.none().withDao(governor, timelock, Optional.of(registry)));
    }

    private synchronized org.steward.simulation.Simulator simulator() {
        if (simulator == null) {
            simulator = new org.steward.simulation.Simulator(client().rpcUrl());
        }
        return simulator;
    }

    @Override
    public synchronized void close() {
        if (simulator != null) {
            simulator.close();
        }
        if (governorSource != null) {
            governorSource.close();
        }
        if (client != null) {
            client.close();
        }
    }
}
