package org.steward.governance.ui.governor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.DeviceTransactions;
import org.steward.core.chain.logs.RpcLogSource;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.net.Network;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.Progress;
import org.steward.governance.domain.governor.GovernorEvent;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.governance.domain.governor.ProposalStatus;
import org.steward.governance.domain.governor.VoteSupport;
import org.steward.governance.domain.governor.VoterPosition;
import org.steward.governance.service.governor.GovernorActions;
import org.steward.governance.service.governor.GovernorIndexer;
import org.steward.governance.service.governor.GovernorReader;
import org.steward.governance.service.governor.GovernorStore;
import org.steward.governance.service.governor.PreparedCall;

/** {@link GovernorSource} over a JSON-RPC node, the history file and the connected device. */
public final class ChainGovernorSource implements GovernorSource, AutoCloseable {

    /** Blocks re-read on every refresh: deep enough for a mainnet reorganisation, cheap on an L2. */
    private static final long CONFIRMATION_DEPTH = 12;
    private static final long MAX_PAGE_BLOCKS = 10_000;
    private static final int STATUS_BATCH = 40;

    private final Network network;
    private final Address governor;
    private final HistoryStore history;
    private final Supplier<DeviceTransactions.Account> signer;
    private ChainClient client;
    private GovernorReader reader;
    private GovernorReader.Setup setup;
    private org.steward.simulation.Simulator simulator;

    /** @param signer the signing account; opening it may block on the device */
    public ChainGovernorSource(Network network, Address governor, HistoryStore history, Supplier<DeviceTransactions.Account> signer) {
        this.network = network;
        this.governor = governor;
        this.history = history;
        this.signer = signer;
    }

    private synchronized GovernorReader reader() {
        if (reader == null) {
            client = ChainClient.connect(network);
            reader = new GovernorReader(client, governor);
        }
        return reader;
    }

    @Override
    public synchronized GovernorReader.Setup setup() {
        if (setup == null) {
            setup = reader().setup();
        }
        return setup;
    }

    @Override
    public Head head() {
        reader();
        try {
            var block = client.web3j().ethGetBlockByNumber(org.web3j.protocol.core.DefaultBlockParameterName.LATEST, false).send().getBlock();
            return new Head(block.getNumber().longValueExact(), block.getTimestamp().longValueExact());
        } catch (java.io.IOException e) {
            throw org.steward.core.chain.ChainClient.unreachable(client.rpcUrl(), e);
        }
    }

    @Override
    public List<Proposal> proposals(Progress progress) {
        GovernorReader r = reader();
        GovernorStore store = new GovernorStore(history, client.network().chainId(), governor);
        new GovernorIndexer(new RpcLogSource(client), store, governor,
                org.steward.core.chain.logs.DeploymentBlock.remembered(client, history, governor), CONFIRMATION_DEPTH, MAX_PAGE_BLOCKS).catchUp(progress);
        List<GovernorEvent.Created> created = store.proposals();
        List<Proposal> out = new ArrayList<>(created.size());
        for (int i = 0; i < created.size(); i += STATUS_BATCH) {
            List<GovernorEvent.Created> page = created.subList(i, Math.min(created.size(), i + STATUS_BATCH));
            List<ProposalStatus> statuses = r.statuses(page.stream().map(GovernorEvent.Created::proposalId).toList());
            for (int j = 0; j < page.size(); j++) {
                out.add(new Proposal(page.get(j), statuses.get(j)));
            }
        }
        return out;
    }

    @Override
    public List<GovernorEvent> events(BigInteger proposalId) {
        return new GovernorStore(history, network.chainId(), governor).events(proposalId);
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
        reader();
        return new GovernorActions(new DeviceTransactions(client, new SignedItems(history)), governor);
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
    public String ifPasses(BigInteger proposalId) {
        GovernorReader.Setup s = setup();
        org.steward.simulation.SimulationContext ctx = org.steward.simulation.SimulationContext.none()
                .withDao(java.util.Optional.of(governor), java.util.Optional.of(s.timelock()), java.util.Optional.empty());
        return org.steward.simulation.ReportText.write(simulator().proposal(governor, proposalId, ctx));
    }

    @Override
    public String simulate(PreparedCall call) {
        GovernorReader.Setup s = setup();
        return org.steward.governance.service.governor.CallSimulation.describe(simulator(), account(), call,
                org.steward.simulation.SimulationContext.none().withDao(java.util.Optional.of(governor), java.util.Optional.of(s.timelock()),
                        java.util.Optional.empty()));
    }

    private synchronized org.steward.simulation.Simulator simulator() {
        reader();
        if (simulator == null) {
            simulator = new org.steward.simulation.Simulator(client.rpcUrl());
        }
        return simulator;
    }

    @Override
    public synchronized void close() {
        if (simulator != null) {
            simulator.close();
        }
        if (client != null) {
            client.close();
        }
    }
}
