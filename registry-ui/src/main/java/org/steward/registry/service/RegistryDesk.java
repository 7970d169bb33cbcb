package org.steward.registry.service;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.chain.ChainClient;
import org.steward.simulation.ChainSession;
import org.steward.core.chain.DeviceTransactions;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.net.Network;
import org.steward.core.task.Progress;
import org.steward.governance.service.governor.ChainGovernorSource;
import org.steward.governance.service.governor.GovernorSource;
import org.steward.registry.domain.DisputeLinker;
import org.steward.registry.domain.RegistryEvent;
import org.steward.registry.domain.RegistryGovernance;
import org.steward.registry.domain.RegistryParams;

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
                       java.util.Map<String, String> metricDefinitions, Derived derived,
                       org.steward.core.token.TokenInfo tokenInfo) {
    }

    /** What the workspace shows that is computed from the events and proposals: done here, off the FX thread. */
    public record Derived(List<org.steward.registry.domain.Dispute> disputes, List<String> parameterHistory, List<String> pendingChanges,
                          java.util.Set<Address> guardians) {
    }

    /** Moments at which the metrics are recomputed for their charts. */
    private static final int METRIC_POINTS = 24;

    private final ChainSession session;
    private final Network network;
    private final HistoryStore history;
    private final Address registry;
    private final Optional<Address> governor;
    private final Optional<Address> timelock;
    private final Supplier<DeviceTransactions.Account> signer;
    private final ChainGovernorSource governorSource;
    /** The session this desk opened itself and so closes; null when it uses the profile's. */
    private final ChainSession own;
    /** The registry token's symbol and decimals, read once and kept in the history file. */
    private final org.steward.core.token.TokenInfos tokenInfos;

    /** @param session the profile's chain, shared with its other screens (not closed here) */
    public RegistryDesk(ChainSession session, HistoryStore history, Address registry, Optional<Address> governor, Optional<Address> timelock,
                        Supplier<DeviceTransactions.Account> signer) {
        this(session, false, history, registry, governor, timelock, signer);
    }

    /** A desk on a chain session of its own, closed with it: a test. */
    public RegistryDesk(Network network, HistoryStore history, Address registry, Optional<Address> governor, Optional<Address> timelock,
                        Supplier<DeviceTransactions.Account> signer) {
        this(new ChainSession(network), true, history, registry, governor, timelock, signer);
    }

    private RegistryDesk(ChainSession session, boolean owned, HistoryStore history, Address registry, Optional<Address> governor,
                         Optional<Address> timelock, Supplier<DeviceTransactions.Account> signer) {
        this.session = session;
        this.network = session.network();
        this.history = history;
        this.registry = registry;
        this.governor = governor;
        this.timelock = timelock;
        this.signer = signer;
        this.governorSource = governor.map(g -> new ChainGovernorSource(session, g, history, signer)).orElse(null);
        this.own = owned ? session : null;
        this.tokenInfos = session.tokens(history);
    }

    public Address registry() {
        return registry;
    }

    public Optional<GovernorSource> governorSource() {
        return Optional.ofNullable(governorSource);
    }

    private ChainClient client() {
        return session.client();
    }

    /** @param now this machine's clock, used only until the chain's head time is known */
    public Data load(Progress progress, long now) {
        ChainClient c = client();
        RegistryReader reader = new RegistryReader(c, registry);
        RegistryIndexer.Settings settings = RegistryIndexer.Settings.forNetwork(network.logReading());
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
            accountProblem = Optional.of(org.steward.core.UserFacingException.sentenceOf(noDevice));
        }
        var definitions = new java.util.LinkedHashMap<String, String>();
        org.steward.registry.domain.RegistryMetricsCalculator.compute(events, registry, now, 0).metrics()
                .forEach(metric -> definitions.put(metric.key(), metric.definition()));
        Address token = reader.token();
        org.steward.core.token.TokenInfo tokenInfo = tokenInfos.of(token);
        // Relative times ("3 days ago") count from the chain's head time, as the deadlines do.
        org.steward.core.format.Timestamps time = new org.steward.core.format.Timestamps(
                java.time.Clock.fixed(java.time.Instant.ofEpochSecond(now), java.time.ZoneOffset.UTC), java.time.ZoneId.systemDefault());
        Derived derived = new Derived(DisputeLinker.link(events, registry, proposals, minDelay, now),
                RegistryGovernance.history(events, tokenInfo, time), RegistryGovernance.pending(proposals, registry, tokenInfo),
                RegistryGovernance.guardians(events));
        return new Data(events, reader.params(), token, proposals, minDelay, account, accountProblem, guardian, curator, now,
                org.steward.registry.domain.MetricsHistory.series(events, registry, now, METRIC_POINTS), definitions, derived, tokenInfo);
    }

    private boolean hasRole(ChainClient c, org.steward.core.eth.Hash32 role, Address account) {
        return new BigInteger(1, c.call(registry, AbiCalls.encode(HAS_ROLE, List.of(role.hex(), account.lowerHex())))).signum() != 0;
    }

    public RegistryCallSender sender() {
        return new RegistryCallSender(client(), new SignedItems(history), signer);
    }

    /** The registry action run from the signer's account on a private fork, before the device is asked to sign it. */
    public String simulate(org.steward.core.chain.PreparedCall call) {
        return org.steward.governance.service.governor.CallSimulation.describe(session.simulator(), signer.get().address(), call,
                org.steward.simulation.SimulationContext.none().withDao(governor, timelock, Optional.of(registry)));
    }

    /** Closes the chain session only when this desk opened it. */
    @Override
    public void close() {
        if (own != null) {
            own.close();
        }
    }
}
