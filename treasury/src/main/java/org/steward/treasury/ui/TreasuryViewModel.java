package org.steward.treasury.ui;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.core.eth.Address;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.core.task.Work;
import org.steward.treasury.domain.OwnerChange;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeTxForms;
import org.steward.treasury.domain.risk.RiskFlag;
import org.steward.treasury.domain.risk.TypedConfirmation;
import org.steward.treasury.service.SafeTxReview;
import org.steward.treasury.service.TreasuryDesk;
import org.steward.treasury.service.history.SafeExecution;
import org.steward.treasury.service.share.SafeQueue;
import org.steward.ui.PendingOpen;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;

/**
 * The treasury workspace: build a transaction, queue it by nonce, review exactly what will be
 * signed (decoded calls, hashes, device text, risk flags, typed confirmation for high risk), then
 * confirm off chain, approve on chain or execute, all on the device; import and export files.
 */
public final class TreasuryViewModel extends ViewModel {

    private Runnable afterAction = () -> { };
    private final TreasuryDesk desk;
    private final TaskRunner runner;
    private final Supplier<DevicePrompts> prompts;
    private final ReadOnlyObjectWrapper<SafeState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ObservableList<QueueRow> queue = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<QueueRow> queueView = FXCollections.unmodifiableObservableList(queue);
    /** A queued transaction asked for by a notification or the history, perhaps before the queue was read. */
    private final PendingOpen<QueueRow> pendingOpen = new PendingOpen<>();
    private final ObservableList<SafeExecution> history = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<SafeExecution> historyView = FXCollections.unmodifiableObservableList(history);
    private final ReadOnlyObjectWrapper<QueueRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<SafeTxReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ReadOnlyStringWrapper reviewText = new ReadOnlyStringWrapper(this, "reviewText", "");
    private final ReadOnlyObjectWrapper<org.steward.core.sign.SigningRequest> signing = new ReadOnlyObjectWrapper<>(this, "signing");
    private final ReadOnlyStringWrapper flags = new ReadOnlyStringWrapper(this, "flags", "");
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final ReadOnlyBooleanWrapper signable = new ReadOnlyBooleanWrapper(this, "signable");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper exported = new ReadOnlyStringWrapper(this, "exported", "");
    private final javafx.beans.property.BooleanProperty collecting = new javafx.beans.property.SimpleBooleanProperty(this, "collecting");
    private final ObservableList<org.steward.treasury.domain.MultiSendCall> batch = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<org.steward.treasury.domain.MultiSendCall> batchView = FXCollections.unmodifiableObservableList(batch);
    private final StringProperty serviceUrl = new SimpleStringProperty(this, "serviceUrl", "");
    private final StringProperty serviceKey = new SimpleStringProperty(this, "serviceKey", "");
    private final ObservableList<org.steward.treasury.domain.timelock.TimelockEntry> timelock = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<org.steward.treasury.domain.timelock.TimelockEntry> timelockView = FXCollections.unmodifiableObservableList(timelock);
    private final java.util.Optional<Address> timelockAddress;
    /** The transaction to select once the next refresh lands. */
    private org.steward.core.eth.Hash32 focus;

    /** @param timelockAddress the DAO's TimelockController, whose operations the Safe may execute or cancel */
    public TreasuryViewModel(TreasuryDesk desk, TaskRunner runner, Supplier<DevicePrompts> prompts, java.util.Optional<Address> timelockAddress) {
        this.timelockAddress = timelockAddress;
        this.desk = desk;
        this.runner = runner;
        this.prompts = prompts;
        typed.addListener((obs, before, now) -> updateSignable());
    }

    @Override
    protected void onActivate() {
        if (state.get() == null) {
            refresh();
        }
    }

    public void refresh() {
        refresh(null);
    }

    /** Reads the Safe, its queue and history; {@code message}, when given, is the status shown after (the outcome of an action). */
    private void refresh(String message) {
        run("Read the Safe and its queue", p -> {
            SafeState s = desk.state();
            return new Loaded(s, desk.queue(s), desk.history(p, 200), timelockAddress.map(t -> desk.timelock(t, p)).orElse(List.of()));
        }, loaded -> {
            state.set(loaded.state());
            Map<BigInteger, Integer> counts = SafeQueue.nonceCounts(loaded.queue());
            queue.setAll(loaded.queue().stream().map(q -> new QueueRow(q, loaded.state().threshold(), counts.get(q.file().tx().nonce()))).toList());
            pendingOpen.retry(queue, this::select);
            history.setAll(loaded.history());
            timelock.setAll(loaded.timelock());
            status.set(message != null ? message
                    : queue.isEmpty() ? "Nothing waiting for signatures." : queue.size() + " transactions waiting for signatures");
            org.steward.core.eth.Hash32 keep = focus != null ? focus : selected.get() == null ? null : selected.get().queued().safeTxHash();
            focus = null;
            if (keep != null) {
                queue.stream().filter(r -> r.queued().safeTxHash().equals(keep)).findFirst().ifPresentOrElse(this::select, () -> select(null));
            }
        });
    }

    private record Loaded(SafeState state, List<SafeQueue.Queued> queue, List<SafeExecution> history,
                          List<org.steward.treasury.domain.timelock.TimelockEntry> timelock) {
    }

    /** Reviews the queued transaction with this safeTxHash now if it is queued, otherwise once the queue has been read. */
    public void open(String safeTxHash) {
        pendingOpen.open(queue, r -> r.queued().safeTxHash().hex().equalsIgnoreCase(safeTxHash), this::select);
    }

    /** Opens a queued transaction and computes its review in the background (it reads each target's code). */
    public void select(QueueRow row) {
        selected.set(row);
        review.set(null);
        signing.set(null);
        typed.set("");
        reviewText.set("");
        flags.set("");
        updateSignable();
        if (row == null || state.get() == null) {
            return;
        }
        SafeState s = state.get();
        List<SafeQueue.Queued> all = queue.stream().map(QueueRow::queued).toList();
        // The simulation runs in the same task so nothing can be signed before a failing run has raised its flag.
        runner.run(BackgroundTask.of("Review and simulate the transaction", p -> {
                    SafeTxReview reviewed = desk.review(s, row.queued().file().tx(), all);
                    org.steward.treasury.service.SafeTxSimulation simulated = desk.simulate(s, row.queued());
                    // The owner's confirmation is this typed data, built as SafeConfirmations builds it for the device.
                    org.steward.core.sign.TypedDataRequest request = org.steward.core.sign.TypedDataRequest.parse(
                            org.steward.ui.signing.SigningDevice.path(), org.steward.treasury.domain.SafeTxTypedData.json(s.domain(), row.queued().file().tx()));
                    return new Reviewed(simulated.applyTo(reviewed), simulated.section(), request);
                })
                .onSuccess(reviewed -> {
                    SafeTxReview r = reviewed.review();
                    if (selected.get() == row) {
                        review.set(r);
                        signing.set(reviewed.request());
                        reviewText.set("Domain hash   " + r.hashes().domainHash().hex() + "\nMessage hash  " + r.hashes().messageHash().hex()
                                + "\nsafeTxHash    " + r.hashes().safeTxHash().hex() + "\n\n" + reviewed.simulation() + "\n\nYour Ledger will show:\n" + r.deviceText());
                        flags.set(r.flags().isEmpty() ? "No risk flag." : r.flags().stream().map(RiskFlag::toString).collect(Collectors.joining("\n"))
                                + (r.typedConfirmationRequired() ? "\n\n" + TypedConfirmation.instruction(r.hashes().safeTxHash()) : ""));
                        updateSignable();
                    }
                })
                .onFailure(e -> status.set(UserMessages.sentence(e))));
    }

    private record Reviewed(SafeTxReview review, String simulation, org.steward.core.sign.SigningRequest request) {
    }

    private void updateSignable() {
        SafeTxReview r = review.get();
        signable.set(r != null && (!r.typedConfirmationRequired() || TypedConfirmation.matches(r.hashes().safeTxHash(), typed.get())));
    }

    public void payEth(String to, String ether) {
        build("Queue the payment", () -> SafeTxForms.payEth(to, ether, nextNonce()));
    }

    public void payToken(String token, String to, String units) {
        build("Queue the token transfer", () -> SafeTxForms.payToken(token, to, units, nextNonce()));
    }

    public void call(String to, String valueWei, byte[] data) {
        if (data == null) {
            status.set("The call is not complete: fill every argument first.");
            return;
        }
        build("Queue the contract call", () -> SafeTxForms.call(to, valueWei, data, nextNonce()));
    }

    public void addOwner(String owner, String threshold) {
        build("Queue the owner change", () -> selfCall(OwnerChange.add(state.get().owners(), Address.parse(owner), Integer.parseInt(threshold.strip()))));
    }

    public void removeOwner(String owner, String threshold) {
        build("Queue the owner change", () -> selfCall(OwnerChange.remove(state.get().owners(), Address.parse(owner),
                Integer.parseInt(threshold.strip()))));
    }

    public void swapOwner(String oldOwner, String newOwner) {
        build("Queue the owner change", () -> selfCall(OwnerChange.swap(state.get().owners(), Address.parse(oldOwner), Address.parse(newOwner))));
    }

    public void changeThreshold(String threshold) {
        build("Queue the threshold change", () -> selfCall(OwnerChange.changeThreshold(state.get().owners(), Integer.parseInt(threshold.strip()))));
    }

    /** The same nonce with nothing in it: once executed, every other transaction of that nonce can never run. */
    public void reject() {
        QueueRow row = selected.get();
        if (row != null) {
            build("Queue the rejection", () -> SafeTx.rejection(state.get().safe(), row.queued().file().tx().nonce()));
        }
    }

    private SafeTx selfCall(byte[] data) {
        return SafeTxForms.selfCall(state.get(), data, nextNonce());
    }

    /** The first nonce no queued transaction uses yet, from the Safe's own nonce. */
    private BigInteger nextNonce() {
        BigInteger n = state.get().nonce();
        for (QueueRow r : queue) {
            if (r.queued().file().tx().nonce().compareTo(n) >= 0) {
                n = r.queued().file().tx().nonce().add(BigInteger.ONE);
            }
        }
        return n;
    }

    private void build(String title, Supplier<SafeTx> tx) {
        if (state.get() == null) {
            status.set("The Safe has not been read yet: wait for the refresh.");
            return;
        }
        SafeTx built;
        try {
            built = tx.get();
        } catch (RuntimeException e) {
            status.set("Check the form: " + (e instanceof NumberFormatException || e instanceof ArithmeticException
                    ? "amounts and thresholds are numbers (ETH with at most 18 decimals, tokens in their smallest unit)." : UserMessages.sentence(e)));
            return;
        }
        SafeState s = state.get();
        if (collecting.get()) {
            batch.add(new org.steward.treasury.domain.MultiSendCall(built.operation(), built.to(), built.value(), built.data()));
            status.set(batch.size() + " call(s) collected: queue them as one batch when complete.");
            return;
        }
        run(title, p -> desk.enqueue(s, built, "built"), q -> afterQueue(q, "Queued: review it, then sign on your device."));
    }

    /** The collected calls as one transaction: a delegatecall to the version's canonical MultiSendCallOnly. */
    public void queueBatch() {
        SafeState s = state.get();
        if (s == null || batch.isEmpty()) {
            return;
        }
        SafeTx tx = SafeTxForms.batch(s, List.copyOf(batch), nextNonce());
        batch.clear();
        run("Queue the batch", p -> desk.enqueue(s, tx, "built"), q -> afterQueue(q, "Batch queued: review every call, then sign."));
    }

    public javafx.beans.property.BooleanProperty collecting() {
        return collecting;
    }

    public ObservableList<org.steward.treasury.domain.MultiSendCall> batch() {
        return batchView;
    }

    public void importBuilder(String text) {
        SafeState s = state.get();
        run("Import the batch", p -> desk.importBuilder(s, text), q -> afterQueue(q, "Batch imported: review every call before signing."));
    }

    public void importSigned(String text) {
        run("Import the signed transaction", p -> desk.importSigned(text), q -> afterQueue(q, "Signatures merged into the queue."));
    }

    public void export() {
        QueueRow row = selected.get();
        if (row != null) {
            exported.set(row.queued().file().toJson());
        }
    }

    public void confirmOffChain() {
        QueueRow row = selected.get();
        SafeState s = state.get();
        if (row != null && signable.get()) {
            DevicePrompts p = prompts.get();
            run("Sign on the device", w -> desk.confirmOffChain(s, row.queued(), p), q -> afterQueue(q, "Signed and stored; it has not left this machine."));
        }
    }

    public void approveOnChain() {
        QueueRow row = selected.get();
        SafeState s = state.get();
        if (row != null && signable.get()) {
            DevicePrompts p = prompts.get();
            run("Approve on chain from the device", w -> desk.approveOnChain(s, row.queued(), p),
                    hash -> refresh("Approved on chain in transaction " + hash + "."));
        }
    }

    public void execute() {
        QueueRow row = selected.get();
        SafeState s = state.get();
        if (row != null && signable.get()) {
            DevicePrompts p = prompts.get();
            run("Execute from the device", w -> desk.execute(s, row.queued(), p), x -> refresh((x.succeeded() ? "Executed"
                    : "Executed but the inner call FAILED (ExecutionFailure)") + " in transaction " + x.transactionHash() + "."));
        }
    }

    /** Sends the selected transaction's signatures to the Transaction Service; the API key never appears in a message. */
    public void share() {
        QueueRow row = selected.get();
        SafeState s = state.get();
        if (row != null && s != null) {
            java.net.URI url = java.net.URI.create(serviceUrl.get().strip());
            String key = serviceKey.get();
            run("Share with the Transaction Service", p -> desk.share(url, key, s, row.queued()), n -> status.set(n + " signature(s) sent to the service."));
        }
    }

    public void fetch() {
        SafeState s = state.get();
        if (s != null) {
            java.net.URI url = java.net.URI.create(serviceUrl.get().strip());
            String key = serviceKey.get();
            run("Read the Transaction Service's queue", p -> desk.fetch(url, key, s), q -> refresh(fetched(q)));
        }
    }

    /** How many were taken, then each refused item with the reason, so one bad item never hides the rest. */
    static String fetched(org.steward.treasury.service.share.ServiceQueue q) {
        StringBuilder out = new StringBuilder(q.verified().size() + " transaction(s) read from the service, each hash checked.");
        for (org.steward.treasury.service.share.ServiceQueue.Refused r : q.refused()) {
            out.append(" Refused ").append(r.safeTxHash().startsWith("0x") ? r.safeTxHash() : "an item").append(r.nonce().startsWith("(") ? "" : " (nonce " + r.nonce() + ")")
                    .append(": ").append(r.reason()).append('.');
        }
        return out.toString();
    }

    /** Queues the Safe transaction executing (when ready) or cancelling a timelock operation; its id was recomputed from the logs. */
    public void timelockAction(org.steward.treasury.domain.timelock.TimelockEntry entry, boolean execute) {
        SafeState s = state.get();
        if (s != null && entry != null && timelockAddress.isPresent()) {
            BigInteger nonce = nextNonce();
            run(execute ? "Queue the timelock execution" : "Queue the timelock cancellation",
                    p -> desk.timelockAction(s, timelockAddress.get(), entry, execute, nonce), q -> afterQueue(q, "Queued: review it, then sign."));
        }
    }

    public StringProperty serviceUrl() {
        return serviceUrl;
    }

    public StringProperty serviceKey() {
        return serviceKey;
    }

    public ObservableList<org.steward.treasury.domain.timelock.TimelockEntry> timelock() {
        return timelockView;
    }

    /** Refreshes, then opens the review of the transaction just queued or signed. */
    private void afterQueue(SafeQueue.Queued q, String message) {
        focus = q.safeTxHash();
        refresh(message);
    }

    /** Called after every action that succeeded, so the views that show the Safe (its overview, the history) follow. */
    public void afterAction(Runnable listener) {
        afterAction = java.util.Objects.requireNonNull(listener);
    }

    private <T> void run(String title, Work<T> work, java.util.function.Consumer<T> done) {
        busy.set(true);
        status.set(title + "…");
        runner.run(BackgroundTask.of(title, work)
                .onSuccess(v -> {
                    busy.set(false);
                    done.accept(v);
                    afterAction.run();
                })
                .onFailure(e -> {
                    busy.set(false);
                    status.set(UserMessages.sentence(e));
                }));
    }

    public ReadOnlyObjectProperty<SafeState> state() {
        return state.getReadOnlyProperty();
    }

    public ObservableList<QueueRow> queue() {
        return queueView;
    }

    public ObservableList<SafeExecution> history() {
        return historyView;
    }

    public ReadOnlyObjectProperty<QueueRow> selected() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SafeTxReview> review() {
        return review.getReadOnlyProperty();
    }

    /** The owner's confirmation the device would be sent for the reviewed transaction: its hashes, fields and screens are shown. */
    public ReadOnlyObjectProperty<org.steward.core.sign.SigningRequest> signing() {
        return signing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reviewText() {
        return reviewText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty flags() {
        return flags.getReadOnlyProperty();
    }

    public StringProperty typed() {
        return typed;
    }

    public ReadOnlyBooleanProperty signable() {
        return signable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exported() {
        return exported.getReadOnlyProperty();
    }
}
