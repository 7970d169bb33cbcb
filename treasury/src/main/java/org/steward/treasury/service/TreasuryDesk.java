package org.steward.treasury.service;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.DeviceTransactions;
import org.steward.core.chain.logs.LogListNotice;
import org.steward.core.chain.logs.RpcLogSource;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.net.Network;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.Progress;
import org.steward.simulation.ChainSession;
import org.steward.treasury.domain.CanonicalLibraries;
import org.steward.treasury.domain.MultiSendBatch;
import org.steward.treasury.domain.Operation;
import org.steward.treasury.domain.SafeSignature;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.risk.RiskContext;
import org.steward.treasury.domain.risk.SafeTxRisks;
import org.steward.treasury.domain.share.SignedSafeTxFile;
import org.steward.treasury.domain.share.TransactionBuilderFile;
import org.steward.treasury.service.history.SafeExecution;
import org.steward.treasury.service.history.SafeHistoryIndexer;
import org.steward.treasury.service.history.SafeHistoryStore;
import org.steward.treasury.service.share.SafeQueue;
import org.steward.treasury.service.share.SafeTxServiceClient;
import org.steward.treasury.service.share.ServiceQueue;
import org.steward.treasury.service.timelock.TimelockReader;
import org.web3j.crypto.Hash;

/**
 * The treasury screen's one door to the chain, the history file and the device: read the Safe,
 * queue transactions, review them, confirm off chain or on chain, execute, import and export files,
 * read the history. Every method blocks: the ViewModels call them from background tasks, each
 * through the one of its interfaces that its tab needs.
 */
public final class TreasuryDesk implements SafeQueueDesk, SafeSigningDesk, SafeImportDesk, SafeServiceDesk, SafeHistoryDesk, TimelockDesk,
        AutoCloseable {

    private final ChainSession session;
    private final Network network;
    private final Address safe;
    private final List<Address> tokens;
    private final HistoryStore history;
    private final Supplier<DeviceTransactions.Account> signer;
    /** The session this desk opened itself and so closes; null when it uses the profile's. */
    private final ChainSession own;
    private final org.steward.core.token.TokenInfos tokenInfos;

    /** @param session the profile's chain, shared with its other screens (not closed here) */
    public TreasuryDesk(ChainSession session, Address safe, List<Address> tokens, HistoryStore history,
                        Supplier<DeviceTransactions.Account> signer) {
        this(session, false, safe, tokens, history, signer);
    }

    /** A desk on a chain session of its own, closed with it: a background probe, a test. */
    public TreasuryDesk(Network network, Address safe, List<Address> tokens, HistoryStore history, Supplier<DeviceTransactions.Account> signer) {
        this(new ChainSession(network), true, safe, tokens, history, signer);
    }

    private TreasuryDesk(ChainSession session, boolean owned, Address safe, List<Address> tokens, HistoryStore history,
                         Supplier<DeviceTransactions.Account> signer) {
        this.session = session;
        this.network = session.network();
        this.safe = safe;
        this.tokens = List.copyOf(tokens);
        this.history = history;
        this.signer = signer;
        this.own = owned ? session : null;
        this.tokenInfos = session.tokens(history);
    }

    /** What a token contract says of itself, read once per chain and token and kept in the history file; empty when it cannot be read now. */
    private java.util.Optional<org.steward.core.token.TokenInfo> tokenInfo(Address token) {
        try {
            return java.util.Optional.of(tokenInfos.of(token));
        } catch (org.steward.core.chain.ChainException unreachable) {
            // The review still shows the decoded call with its raw amount.
            return java.util.Optional.empty();
        }
    }

    /** What a token contract says of itself (its symbol and decimals for the transfer form); reads the chain once per token. */
    public org.steward.core.token.TokenInfo token(Address token) {
        return tokenInfos.of(token);
    }

    private ChainClient client() {
        return session.client();
    }

    /** Blocks searched for tokens sent to the Safe: about two weeks on mainnet. */
    private static final long TOKEN_WINDOW = 100_000;

    /** The Safe with balances of the profile's tokens and of every token sent to it recently. */
    @Override
    public SafeState state() {
        Set<Address> all = new java.util.LinkedHashSet<>(tokens);
        all.addAll(TokenDiscovery.received(client(), safe, TOKEN_WINDOW));
        return new SafeReader(client()).read(safe, List.copyOf(all));
    }

    /** The Safe's owners, threshold and nonce without the token search: cheap enough to poll. */
    public SafeState controls() {
        return new SafeReader(client()).read(safe, List.of());
    }

    @Override
    public List<SafeQueue.Queued> queue(SafeState state) {
        return new SafeQueue(history).pending(state.domain(), state.nonce());
    }

    @Override
    public SafeQueue.Queued enqueue(SafeState state, SafeTx tx, String origin) {
        return new SafeQueue(history).add(new SignedSafeTxFile(state.domain(), tx, Map.of()), origin);
    }

    /** The review of {@code tx}: risk context from the Safe's state, the queue and the chain (code at each target). */
    @Override
    public SafeTxReview review(SafeState state, SafeTx tx, List<SafeQueue.Queued> queue) {
        int sameNonce = (int) queue.stream().filter(q -> q.file().tx().nonce().equals(tx.nonce()) && !q.file().tx().equals(tx)).count();
        Set<Address> targets = new HashSet<>();
        Set<Address> delegates = new HashSet<>();
        targets.add(tx.to());
        if (tx.operation() == Operation.DELEGATECALL) {
            delegates.add(tx.to());
        }
        if (MultiSendBatch.isMultiSend(tx.data())) {
            try {
                MultiSendBatch.decodeNested(tx.data()).forEach(e -> {
                    targets.add(e.call().to());
                    if (e.call().operation() == Operation.DELEGATECALL) {
                        delegates.add(e.call().to());
                    }
                });
            } catch (RuntimeException unreadable) {
                // the risk check reports an unreadable batch itself
            }
        }
        Set<Address> withoutCode = new HashSet<>();
        Set<Address> sameCode = new HashSet<>();
        for (Address a : targets) {
            byte[] code = client().code(a);
            if (code.length == 0) {
                withoutCode.add(a);
            } else if (delegates.contains(a) && CanonicalLibraries.CODE_HASHES.contains(Hex.encode(Hash.sha3(code)))) {
                sameCode.add(a);
            }
        }
        RiskContext ctx = new RiskContext(safe, SafeTxRisks.knownOf(safe, state.owners()), sameCode, state.balance().value(), withoutCode, sameNonce);
        return SafeTxReview.of(state.domain(), tx, ctx, this::tokenInfo);
    }

    /**
     * Runs the queued transaction on a private anvil fork of the profile's RPC as the Safe's next
     * transaction: with its own signatures when it has enough of them, otherwise as if signed (the
     * fork's owners approve its hash).
     */
    @Override
    public SafeTxSimulation simulate(SafeState state, SafeQueue.Queued queued) {
        SafeTx tx = queued.file().tx();
        try {
            boolean noRefund = tx.safeTxGas().signum() == 0 && tx.baseGas().signum() == 0 && tx.gasPrice().signum() == 0
                    && tx.gasToken().equals(Address.ZERO) && tx.refundReceiver().equals(Address.ZERO);
            boolean next = tx.nonce().equals(state.nonce());
            List<SafeSignature> confirmations = next && noRefund ? confirmations(state, queued) : List.of();
            byte[] signatures = confirmations.size() >= state.threshold() ? org.steward.treasury.domain.SafeSignatures.pack(confirmations) : null;
            org.steward.simulation.SafeTxRequest request = new org.steward.simulation.SafeTxRequest(safe, tx.to(), tx.value(), tx.data(),
                    tx.operation().code(), signatures);
            org.steward.simulation.SimulationContext ctx = org.steward.simulation.SimulationContext.none()
                    .withNames(SafeTxRisks.knownOf(safe, state.owners()))
                    .withTrustedDelegates(CanonicalLibraries.all())
                    .withRevertWords(text -> org.steward.treasury.domain.SafeRevert.code(text).filter(text.strip()::equals)
                            .map(org.steward.treasury.domain.SafeRevert::explain).orElse(text));
            List<String> notes = new ArrayList<>();
            if (!next) {
                notes.add("its nonce is " + tx.nonce() + " but the Safe is at " + state.nonce()
                        + ": it was simulated as the next transaction, before the ones queued ahead of it.");
            }
            if (!noRefund) {
                notes.add("its gas refund settings (safeTxGas, baseGas, gasPrice, gasToken, refundReceiver) were left out of the simulation.");
            }
            return SafeTxSimulation.of(session.simulator().safeTx(request, ctx), notes.isEmpty() ? null : String.join(" ", notes));
        } catch (org.steward.core.UserFacingException | IllegalArgumentException e) {
            return SafeTxSimulation.unavailable(e.getMessage());
        }
    }

    /** Signs the safeTxHash on the device (typed data), checks the signer is an owner, and stores it in the queue. */
    @Override
    public SafeQueue.Queued confirmOffChain(SafeState state, SafeQueue.Queued queued, DevicePrompts prompts) {
        SafeSignature sig = new SafeConfirmations(client(), new SignedItems(history)).signOffChain(signer.get(), state.domain(), queued.file().tx(), prompts);
        if (!state.isOwner(sig.owner())) {
            throw new org.steward.core.UserFacingException("The device's account " + sig.owner().checksummed()
                    + " is not an owner of this Safe: its signature would not count. Connect an owner's device.");
        }
        return new SafeQueue(history).add(new SignedSafeTxFile(state.domain(), queued.file().tx(), Map.of(sig.owner(), sig)), "device");
    }

    @Override
    public String approveOnChain(SafeState state, SafeQueue.Queued queued, DevicePrompts prompts) {
        return new SafeConfirmations(client(), new SignedItems(history)).approveOnChain(signer.get(), state.domain(), queued.file().tx(), prompts)
                .getTransactionHash();
    }

    /** Off-chain confirmations of current owners plus on-chain approvals; simulates, then sends from the device. */
    @Override
    public SafeExecutor.Execution execute(SafeState state, SafeQueue.Queued queued, DevicePrompts prompts) {
        return new SafeExecutor(client(), new SignedItems(history)).execute(signer.get(), state.domain(), queued.file().tx(),
                confirmations(state, queued), prompts);
    }

    /** Off-chain confirmations of current owners plus on-chain approvals (one batch read). */
    private List<SafeSignature> confirmations(SafeState state, SafeQueue.Queued queued) {
        List<SafeSignature> confirmations = new ArrayList<>(queued.file().ownersSignatures(state.owners()));
        SafeConfirmations c = new SafeConfirmations(client(), new SignedItems(history));
        for (SafeSignature approved : c.onChainApprovals(safe, state.owners(), queued.safeTxHash())) {
            if (confirmations.stream().noneMatch(s -> s.owner().equals(approved.owner()))) {
                confirmations.add(approved);
            }
        }
        return confirmations;
    }

    @Override
    public SafeQueue.Queued importSigned(String text) {
        SignedSafeTxFile file = SignedSafeTxFile.parse(text);
        if (!file.domain().safe().equals(safe)) {
            throw new org.steward.core.UserFacingException("The file is for Safe " + file.domain().safe().checksummed() + ", not this one: open it with its profile.");
        }
        return new SafeQueue(history).add(file, "file");
    }

    /** A Transaction Builder batch, queued as one transaction through the version's canonical MultiSendCallOnly. */
    @Override
    public SafeQueue.Queued importBuilder(SafeState state, String text) {
        TransactionBuilderFile file = TransactionBuilderFile.parse(text, state.chainId());
        return enqueue(state, file.toSafeTx(CanonicalLibraries.multiSendCallOnly(state.version().core()), state.nonce()), "transaction-builder");
    }

    public List<org.steward.treasury.domain.timelock.TimelockEntry> timelock(Address timelock, Progress progress) {
        return timelockRead(timelock, progress).entries();
    }

    @Override
    public TimelockReader.Operations timelockRead(Address timelock, Progress progress) {
        return new TimelockReader(client(), timelock, history).read(progress);
    }

    /**
     * Shares a queued transaction with a Transaction Service: proposed with its first confirmation if
     * the service does not know it yet, then every other confirmation sent. Returns how many went out.
     */
    @Override
    public int share(java.net.URI service, String apiKey, SafeState state, SafeQueue.Queued queued) {
        List<SafeSignature> sigs = queued.file().ownersSignatures(state.owners());
        if (sigs.isEmpty()) {
            throw new org.steward.core.UserFacingException("Sign the transaction first: the service accepts a proposal only with an owner's signature.");
        }
        SafeTxServiceClient client = new SafeTxServiceClient(service, apiKey);
        Set<Address> known = new HashSet<>();
        java.util.Optional<SignedSafeTxFile> there = client.find(state.domain(), queued.safeTxHash());
        there.ifPresent(f -> known.addAll(f.signatures().keySet()));
        boolean exists = there.isPresent();
        int sent = 0;
        for (SafeSignature sig : sigs) {
            if (known.contains(sig.owner())) {
                continue;
            }
            if (!exists) {
                client.propose(state.domain(), queued.file().tx(), sig);
                exists = true;
            } else {
                client.confirm(queued.safeTxHash(), sig);
            }
            sent++;
        }
        return sent;
    }

    /** The service's queue merged into the local one, every hash and signature checked; what was refused comes back with why. */
    @Override
    public ServiceQueue fetch(java.net.URI service, String apiKey, SafeState state) {
        ServiceQueue pending = new SafeTxServiceClient(service, apiKey).pending(state.domain(), state.nonce());
        SafeQueue queue = new SafeQueue(history);
        pending.verified().forEach(f -> queue.add(f, "service"));
        return pending;
    }

    /** Queues the Safe transaction that executes or cancels a timelock operation. */
    @Override
    public SafeQueue.Queued timelockAction(SafeState state, Address timelock, org.steward.treasury.domain.timelock.TimelockEntry entry,
                                           boolean execute, BigInteger nonce) {
        SafeTx tx = execute ? org.steward.treasury.domain.timelock.TimelockCalls.execute(timelock, entry.operation(), nonce)
                : org.steward.treasury.domain.timelock.TimelockCalls.cancel(timelock, entry.id(), nonce);
        return enqueue(state, tx, "timelock");
    }

    public List<SafeExecution> history(Progress progress, int limit) {
        return historyRead(progress, limit).executions();
    }

    @Override
    public History historyRead(Progress progress, int limit) {
        SafeHistoryStore store = new SafeHistoryStore(history, network.chainId(), safe);
        SafeHistoryIndexer.Result indexed = new SafeHistoryIndexer(new RpcLogSource(client()), store, safe,
                org.steward.core.chain.logs.DeploymentBlock.remembered(client(), history, safe), network.logReading().confirmationDepth(),
                network.logReading().maxPageBlocks()).catchUp(progress);
        return new History(store.page(0, limit), new LogListNotice(indexed.reorg(), store.unreadable()));
    }

    public BigInteger nonce() {
        return state().nonce();
    }

    /** Closes the chain session only when this desk opened it. */
    @Override
    public void close() {
        if (own != null) {
            own.close();
        }
    }
}
