package org.steward.treasury.ui;

import java.util.List;
import java.util.Objects;
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
import javafx.collections.ObservableList;
import org.steward.core.eth.Hash32;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.SigningRequest;
import org.steward.core.sign.TypedDataRequest;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeTxTypedData;
import org.steward.treasury.domain.risk.RiskFlag;
import org.steward.treasury.domain.risk.TypedConfirmation;
import org.steward.treasury.service.SafeSigningDesk;
import org.steward.treasury.service.SafeTxReview;
import org.steward.treasury.service.SafeTxSimulation;
import org.steward.treasury.service.share.SafeQueue;
import org.steward.ui.PendingOpen;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;

/**
 * The Queue tab: the transactions waiting by nonce and the review of the one selected, exactly
 * what will be signed (decoded calls, hashes, device text, risk flags, a typed confirmation for
 * high risk), then confirm off chain, approve on chain, execute, reject or export it.
 */
public final class SafeQueueViewModel extends ViewModel {

    private final SafeSession session;
    private final SafeSigningDesk desk;
    private final TaskRunner runner;
    private final Supplier<DevicePrompts> prompts;
    /** A queued transaction asked for by a notification or the history, perhaps before the queue was read. */
    private final PendingOpen<QueueRow> pendingOpen = new PendingOpen<>();
    private final ReadOnlyObjectWrapper<QueueRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<SafeTxReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ReadOnlyStringWrapper reviewText = new ReadOnlyStringWrapper(this, "reviewText", "");
    private final ReadOnlyObjectWrapper<SigningRequest> signing = new ReadOnlyObjectWrapper<>(this, "signing");
    private final ReadOnlyStringWrapper flags = new ReadOnlyStringWrapper(this, "flags", "");
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final ReadOnlyBooleanWrapper signable = new ReadOnlyBooleanWrapper(this, "signable");
    private final ReadOnlyStringWrapper exported = new ReadOnlyStringWrapper(this, "exported", "");

    public SafeQueueViewModel(SafeSession session, SafeSigningDesk desk, TaskRunner runner, Supplier<DevicePrompts> prompts) {
        this.session = Objects.requireNonNull(session);
        this.desk = Objects.requireNonNull(desk);
        this.runner = Objects.requireNonNull(runner);
        this.prompts = Objects.requireNonNull(prompts);
        typed.addListener((obs, before, now) -> updateSignable());
        session.whenRead(this::reopen);
    }

    /** After a read: what a link asked for, then the transaction just queued or signed, else the one open before. */
    private void reopen(Hash32 focus) {
        pendingOpen.retry(session.queue(), this::select);
        Hash32 keep = focus != null ? focus : selected.get() == null ? null : selected.get().queued().safeTxHash();
        if (keep != null) {
            session.queue().stream().filter(r -> r.queued().safeTxHash().equals(keep)).findFirst().ifPresentOrElse(this::select, () -> select(null));
        }
    }

    /** Reviews the queued transaction with this safeTxHash now if it is queued, otherwise once the queue has been read. */
    public void open(String safeTxHash) {
        pendingOpen.open(session.queue(), r -> r.queued().safeTxHash().hex().equalsIgnoreCase(safeTxHash), this::select);
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
        SafeState s = session.state().get();
        if (row == null || s == null) {
            return;
        }
        List<SafeQueue.Queued> all = session.queue().stream().map(QueueRow::queued).toList();
        // The simulation runs in the same task so nothing can be signed before a failing run has raised its flag.
        runner.run(BackgroundTask.of("Review and simulate the transaction", p -> {
                    SafeTxReview reviewed = desk.review(s, row.queued().file().tx(), all);
                    SafeTxSimulation simulated = desk.simulate(s, row.queued());
                    // The owner's confirmation is this typed data, built as SafeConfirmations builds it for the device.
                    TypedDataRequest request = TypedDataRequest.parse(
                            org.steward.ui.signing.SigningDevice.path(), SafeTxTypedData.json(s.domain(), row.queued().file().tx()));
                    return new Reviewed(simulated.applyTo(reviewed), simulated.section(), request);
                })
                .onSuccess(reviewed -> {
                    if (selected.get() == row) {
                        show(reviewed);
                    }
                })
                .onFailure(e -> session.report(UserMessages.sentence(e))));
    }

    private void show(Reviewed reviewed) {
        SafeTxReview r = reviewed.review();
        review.set(r);
        signing.set(reviewed.request());
        reviewText.set("Domain hash   " + r.hashes().domainHash().hex() + "\nMessage hash  " + r.hashes().messageHash().hex()
                + "\nsafeTxHash    " + r.hashes().safeTxHash().hex() + "\n\n" + reviewed.simulation() + "\n\nYour Ledger will show:\n" + r.deviceText());
        flags.set(r.flags().isEmpty() ? "No risk flag." : r.flags().stream().map(RiskFlag::toString).collect(Collectors.joining("\n"))
                + (r.typedConfirmationRequired() ? "\n\n" + TypedConfirmation.instruction(r.hashes().safeTxHash()) : ""));
        updateSignable();
    }

    private record Reviewed(SafeTxReview review, String simulation, SigningRequest request) {
    }

    private void updateSignable() {
        SafeTxReview r = review.get();
        signable.set(r != null && (!r.typedConfirmationRequired() || TypedConfirmation.matches(r.hashes().safeTxHash(), typed.get())));
    }

    public void confirmOffChain() {
        QueueRow row = selected.get();
        SafeState s = session.state().get();
        if (row != null && signable.get()) {
            DevicePrompts p = prompts.get();
            session.run("Sign on the device", w -> desk.confirmOffChain(s, row.queued(), p),
                    q -> session.queued(q, "Signed and stored; it has not left this machine."));
        }
    }

    public void approveOnChain() {
        QueueRow row = selected.get();
        SafeState s = session.state().get();
        if (row != null && signable.get()) {
            DevicePrompts p = prompts.get();
            session.run("Approve on chain from the device", w -> desk.approveOnChain(s, row.queued(), p),
                    hash -> session.refresh("Approved on chain in transaction " + hash + "."));
        }
    }

    public void execute() {
        QueueRow row = selected.get();
        SafeState s = session.state().get();
        if (row != null && signable.get()) {
            DevicePrompts p = prompts.get();
            session.run("Execute from the device", w -> desk.execute(s, row.queued(), p), x -> session.refresh((x.succeeded() ? "Executed"
                    : "Executed but the inner call FAILED (ExecutionFailure)") + " in transaction " + x.transactionHash() + "."));
        }
    }

    /** The same nonce with nothing in it: once executed, every other transaction of that nonce can never run. */
    public void reject() {
        QueueRow row = selected.get();
        SafeState s = session.state().get();
        if (row != null && s != null) {
            session.enqueue("Queue the rejection", SafeTx.rejection(s.safe(), row.queued().file().tx().nonce()), "built",
                    "Queued: review it, then sign on your device.");
        }
    }

    public void export() {
        QueueRow row = selected.get();
        if (row != null) {
            exported.set(row.queued().file().toJson());
        }
    }

    public ObservableList<QueueRow> queue() {
        return session.queue();
    }

    public ReadOnlyObjectProperty<QueueRow> selected() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SafeTxReview> review() {
        return review.getReadOnlyProperty();
    }

    /** The owner's confirmation the device would be sent for the reviewed transaction: its hashes, fields and screens are shown. */
    public ReadOnlyObjectProperty<SigningRequest> signing() {
        return signing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reviewText() {
        return reviewText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty flags() {
        return flags.getReadOnlyProperty();
    }

    /** The hash's last characters, typed to unlock signing a high-risk transaction. */
    public StringProperty typed() {
        return typed;
    }

    public ReadOnlyBooleanProperty signable() {
        return signable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return session.busy();
    }

    public ReadOnlyStringProperty status() {
        return session.status();
    }

    public ReadOnlyStringProperty exported() {
        return exported.getReadOnlyProperty();
    }
}
