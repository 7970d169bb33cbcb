package org.steward.ui.review;

import org.steward.core.chain.CallSender;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.TransactionRequest;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.core.task.Work;
import org.steward.core.chain.PreparedCall;
import org.steward.ui.UserMessages;

/**
 * Review-before-sign for one transaction at a time: the call is prepared in the background, shown
 * (decoded call, and the screens of the exact transaction the device will sign when the sender drafts
 * it ahead), and only sent when the person confirms; what is signed is then the transaction shown.
 */
public final class TransactionReview {

    private final TaskRunner runner;
    private final CallSender source;
    private final Supplier<DevicePrompts> prompts;
    private final ReadOnlyObjectWrapper<PreparedCall> pending = new ReadOnlyObjectWrapper<>(this, "pending");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyStringWrapper simulation = new ReadOnlyStringWrapper(this, "simulation", "");
    private final ReadOnlyObjectWrapper<TransactionRequest> signing = new ReadOnlyObjectWrapper<>(this, "signing");
    private Runnable afterSend = () -> { };
    /** The prompts of the signature under way, so the review's own Cancel reaches the device's exchange. */
    private DevicePrompts asking;

    public TransactionReview(TaskRunner runner, CallSender source, Supplier<DevicePrompts> prompts) {
        this.runner = runner;
        this.source = source;
        this.prompts = prompts;
    }

    /** The call waiting for the person's confirmation, or null. */
    public ReadOnlyObjectProperty<PreparedCall> pending() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** The last result in one sentence: the transaction hash, or why nothing was sent. */
    public ReadOnlyStringProperty outcome() {
        return outcome.getReadOnlyProperty();
    }

    /** What the pending call would do, simulated on a private fork while it was prepared; empty when the sender cannot simulate. */
    public ReadOnlyStringProperty simulation() {
        return simulation.getReadOnlyProperty();
    }

    /**
     * The transaction the device will be asked to sign for the pending call, drafted while it was
     * prepared so its screens can be previewed; null when the sender builds it only at signing
     * (then the device's screens show in the confirm-on-device window).
     */
    public ReadOnlyObjectProperty<TransactionRequest> signing() {
        return signing.getReadOnlyProperty();
    }

    /**
     * Prepares the call in the background, simulates it in the same task (so it is shown before the
     * device can be asked) and shows both for review; {@code onSent} runs after it is mined.
     */
    public void prepare(String title, Work<PreparedCall> preparation, Runnable onSent) {
        busy.set(true);
        outcome.set("");
        simulation.set("");
        signing.set(null);
        runner.run(BackgroundTask.of(title, p -> {
                    PreparedCall call = preparation.run(p);
                    return new Prepared(call, simulate(call), draft(call));
                })
                .onSuccess(prepared -> {
                    busy.set(false);
                    afterSend = onSent;
                    simulation.set(prepared.simulation());
                    signing.set(prepared.drafted());
                    pending.set(prepared.call());
                })
                .onFailure(e -> {
                    busy.set(false);
                    outcome.set(UserMessages.sentence(e));
                }));
    }

    /** Signs the pending call on the device and sends it; the raw transaction is stored before it is broadcast. */
    public void confirm() {
        PreparedCall call = pending.get();
        if (call == null || busy.get()) {
            return;
        }
        busy.set(true);
        DevicePrompts devicePrompts = prompts.get();
        asking = devicePrompts;
        TransactionRequest drafted = signing.get();
        runner.run(BackgroundTask.of("Sign on the device: " + call.title(),
                        p -> drafted == null ? source.send(call, devicePrompts) : source.send(call, drafted, devicePrompts))
                .onSuccess(hash -> {
                    asking = null;
                    busy.set(false);
                    pending.set(null);
                    signing.set(null);
                    outcome.set(call.title() + ": sent in transaction " + hash + ".");
                    afterSend.run();
                })
                .onFailure(e -> {
                    asking = null;
                    busy.set(false);
                    pending.set(null);
                    signing.set(null);
                    outcome.set(UserMessages.sentence(e));
                }));
    }

    /** @param drafted null when the sender drafts no transaction ahead of signing */
    private record Prepared(PreparedCall call, String simulation, TransactionRequest drafted) {
    }

    /** A simulation that cannot run (no device account yet, no anvil) is said, and never stops the review. */
    private String simulate(PreparedCall call) {
        try {
            return source.simulate(call);
        } catch (RuntimeException e) {
            return "Simulation: not available (" + UserMessages.sentence(e) + ").";
        }
    }

    /**
     * A call the node cannot estimate (it would revert now) gets no draft: the review still shows it
     * with its simulation, and signing builds the transaction as before and reports the node's answer.
     */
    private TransactionRequest draft(PreparedCall call) {
        try {
            return source.draft(call).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public void cancel() {
        DevicePrompts waiting = asking;
        if (busy.get() && waiting != null) {
            // As the device prompt's Cancel: the device stops asking, the send fails with the device's sentence
            // and nothing is signed. A signature the device already gave is kept and sent as usual.
            waiting.cancel();
            return;
        }
        if (!busy.get()) {
            pending.set(null);
            signing.set(null);
            outcome.set("Nothing was signed.");
        }
    }
}
