package org.steward.governance.service.governor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainConnection;
import org.steward.core.chain.DeviceTransactions;
import org.steward.core.chain.PreparedCall;
import org.steward.core.chain.logs.LogListNotice;
import org.steward.core.chain.logs.RpcLogSource;
import org.steward.core.eth.Address;
import org.steward.core.governor.GovernorEvent;
import org.steward.core.governor.VoteSupport;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.net.LogReading;
import org.steward.core.net.Network;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.Progress;
import org.steward.core.token.TokenInfos;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.governance.domain.governor.ProposalStatus;
import org.steward.governance.domain.governor.VoterPosition;
import org.steward.simulation.ChainSession;

/** {@link GovernorSource} over the profile's chain connection, the history file and the connected device. */
public final class ChainGovernorSource implements GovernorSource, AutoCloseable {

    private static final int STATUS_BATCH = 40;

    private final ChainSession session;
    private final ChainConnection chain;
    private final Address governor;
    private final HistoryStore history;
    private final Supplier<DeviceTransactions.Account> signer;
    /** The session this source opened itself and so closes; null when it uses the profile's. */
    private final ChainSession own;
    /** The voting token's symbol and decimals, read once per chain and kept in the history file. */
    private final TokenInfos tokens;
    private GovernorReader.Setup setup;

    /**
     * @param session the profile's chain, shared with its other screens (not closed here)
     * @param signer the signing account; opening it may block on the device
     */
    public ChainGovernorSource(ChainSession session, Address governor, HistoryStore history, Supplier<DeviceTransactions.Account> signer) {
        this(session, false, governor, history, signer);
    }

    /** A source on a chain session of its own, closed with it: a background probe, a test. */
    public ChainGovernorSource(Network network, Address governor, HistoryStore history, Supplier<DeviceTransactions.Account> signer) {
        this(new ChainSession(network), true, governor, history, signer);
    }

    private ChainGovernorSource(ChainSession session, boolean owned, Address governor, HistoryStore history,
                                Supplier<DeviceTransactions.Account> signer) {
        this.session = session;
        this.chain = session.connection();
        this.governor = governor;
        this.history = history;
        this.signer = signer;
        this.own = owned ? session : null;
        this.tokens = session.tokens(history);
    }

    private GovernorReader reader() {
        return new GovernorReader(chain.get(), governor);
    }

    @Override
    public synchronized GovernorReader.Setup setup() {
        if (setup == null) {
            setup = reader().setup(tokens::of);
        }
        return setup;
    }

    @Override
    public Head head() {
        // Read through the log source, which checks the node's answers (a missing block or a malformed number is a sentence).
        RpcLogSource source = new RpcLogSource(chain.get());
        long block = source.head();
        return new Head(block, source.blockTime(block));
    }

    @Override
    public ProposalList read(Progress progress) {
        ChainClient client = chain.get();
        GovernorReader r = new GovernorReader(client, governor);
        GovernorStore store = new GovernorStore(history, client.network().chainId(), governor);
        LogReading reading = client.network().logReading();
        GovernorIndexer.Result indexed = new GovernorIndexer(new RpcLogSource(client), store, governor,
                org.steward.core.chain.logs.DeploymentBlock.remembered(client, history, governor), reading.confirmationDepth(),
                reading.maxPageBlocks()).catchUp(progress);
        List<GovernorEvent.Created> created = store.proposals();
        List<Proposal> out = new ArrayList<>(created.size());
        for (int i = 0; i < created.size(); i += STATUS_BATCH) {
            List<GovernorEvent.Created> page = created.subList(i, Math.min(created.size(), i + STATUS_BATCH));
            List<ProposalStatus> statuses = r.statuses(page.stream().map(GovernorEvent.Created::proposalId).toList());
            for (int j = 0; j < page.size(); j++) {
                out.add(new Proposal(page.get(j), statuses.get(j)));
            }
        }
        return new ProposalList(out, new LogListNotice(indexed.reorg(), store.unreadable()));
    }

    @Override
    public List<GovernorEvent> events(BigInteger proposalId) {
        return new GovernorStore(history, chain.network().chainId(), governor).events(proposalId);
    }

    @Override
    public Address account() {
        return signer.get().address();
    }

    @Override
    public VoterPosition position(Address account, ProposalStatus proposal) {
        return reader().position(setup().token(), account, proposal);
    }

    private GovernorActions actions() {
        return new GovernorActions(new DeviceTransactions(chain.get(), new SignedItems(history)), governor);
    }

    @Override
    public PreparedCall vote(BigInteger proposalId, VoteSupport support, String reason) {
        return actions().vote(proposalId, support, reason);
    }

    @Override
    public PreparedCall delegate(Address delegatee) {
        return actions().delegate(setup().token(), delegatee);
    }

    @Override
    public PreparedCall propose(ProposalDraft draft) {
        return actions().propose(draft);
    }

    @Override
    public PreparedCall queue(ProposalDraft draft) {
        return actions().queue(draft);
    }

    @Override
    public PreparedCall execute(ProposalDraft draft) {
        return actions().execute(draft);
    }

    @Override
    public String send(PreparedCall call, DevicePrompts prompts) {
        return actions().send(call, signer.get(), prompts).getTransactionHash();
    }

    @Override
    public java.util.Optional<org.steward.core.sign.TransactionRequest> draft(PreparedCall call) {
        return java.util.Optional.of(actions().draft(call, signer.get()));
    }

    @Override
    public String send(PreparedCall call, org.steward.core.sign.TransactionRequest drafted, DevicePrompts prompts) {
        return actions().send(call, signer.get(), drafted, prompts).getTransactionHash();
    }

    @Override
    public String ifPasses(BigInteger proposalId) {
        GovernorReader.Setup s = setup();
        org.steward.simulation.SimulationContext ctx = org.steward.simulation.SimulationContext.none()
                .withDao(java.util.Optional.of(governor), java.util.Optional.of(s.timelock()), java.util.Optional.empty());
        return org.steward.simulation.ReportText.write(session.simulator().proposal(governor, proposalId, ctx));
    }

    @Override
    public String simulate(PreparedCall call) {
        GovernorReader.Setup s = setup();
        return org.steward.governance.service.governor.CallSimulation.describe(session.simulator(), account(), call,
                org.steward.simulation.SimulationContext.none().withDao(java.util.Optional.of(governor), java.util.Optional.of(s.timelock()),
                        java.util.Optional.empty()));
    }

    /** Closes the chain session only when this source opened it. */
    @Override
    public void close() {
        if (own != null) {
            own.close();
        }
    }
}
