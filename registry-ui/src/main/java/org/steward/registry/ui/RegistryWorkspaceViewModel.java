package org.steward.registry.ui;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.core.eth.Hash32;
import org.steward.core.format.Shown;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.core.chain.PreparedCall;
import org.steward.ui.review.TransactionReview;
import org.steward.registry.domain.Dispute;
import org.steward.registry.domain.ModelHistory;
import org.steward.registry.domain.ParameterUnits;
import org.steward.registry.domain.RegistryParams;
import org.steward.registry.service.RegistryActions;
import org.steward.registry.service.RegistryDesk;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;

/**
 * The curator workspace beyond the table: the selected model's page, the disputes inbox linked to
 * the proposals that decide them, parameters (current, history, pending), the emergency brake, and
 * every action prepared for review before the device signs it.
 */
public final class RegistryWorkspaceViewModel extends ViewModel {

    private final RegistryDesk desk;
    private final TaskRunner runner;
    private final LongSupplier nowSeconds;
    private final TransactionReview review;
    private final Consumer<ProposalDraft> proposeViaGovernor;
    private final ReadOnlyObjectWrapper<RegistryDesk.Data> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<ModelHistory> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ObservableList<Dispute> disputes = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<Dispute> disputesView = FXCollections.unmodifiableObservableList(disputes);
    private final ObservableList<Shown> parameters = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<Shown> parametersView = FXCollections.unmodifiableObservableList(parameters);
    private final ReadOnlyStringWrapper paramHistory = new ReadOnlyStringWrapper(this, "paramHistory", "");
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper(this, "pending", "");
    private final ReadOnlyStringWrapper emergency = new ReadOnlyStringWrapper(this, "emergency", "");
    private final ReadOnlyBooleanWrapper canPause = new ReadOnlyBooleanWrapper(this, "canPause");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyBooleanWrapper canEndorse = new ReadOnlyBooleanWrapper(this, "canEndorse");
    /** Why Endorse is disabled, beside it, before the device is asked; empty while the account may endorse. */
    private final ReadOnlyStringWrapper endorseNote = new ReadOnlyStringWrapper(this, "endorseNote", "Reading your roles…");
    private RegistryActions actions;
    private Runnable afterAction = () -> { };
    private boolean loading;
    private boolean loadAgain;

    /** @param proposeViaGovernor opens the Governor's proposal builder with a prepared draft */
    public RegistryWorkspaceViewModel(RegistryDesk desk, TaskRunner runner, LongSupplier nowSeconds, Supplier<DevicePrompts> prompts,
                                      Consumer<ProposalDraft> proposeViaGovernor) {
        this.desk = desk;
        this.runner = runner;
        this.nowSeconds = nowSeconds;
        this.proposeViaGovernor = proposeViaGovernor;
        this.review = new TransactionReview(runner, new org.steward.core.chain.CallSender() {
            @Override
            public String send(PreparedCall call, DevicePrompts p) {
                return desk.sender().send(call, p);
            }

            @Override
            public String simulate(PreparedCall call) {
                return desk.simulate(call);
            }

            @Override
            public java.util.Optional<org.steward.core.sign.TransactionRequest> draft(PreparedCall call) {
                return desk.sender().draft(call);
            }

            @Override
            public String send(PreparedCall call, org.steward.core.sign.TransactionRequest drafted, DevicePrompts p) {
                return desk.sender().send(call, drafted, p);
            }
        }, prompts);
    }

    @Override
    protected void onActivate() {
        if (data.get() == null) {
            refresh();
        }
    }

    /** Reads again; a call while a read runs reads once more after it, so a change made meanwhile is not missed. */
    public void refresh() {
        if (loading) {
            loadAgain = true;
            return;
        }
        loading = true;
        status.set("Reading disputes, parameters and proposals…");
        runner.run(BackgroundTask.of("Read the registry's governance", p -> desk.load(p, nowSeconds.getAsLong()))
                .onSuccess(d -> {
                    loaded();
                    show(d);
                })
                .onFailure(e -> {
                    loaded();
                    status.set(UserMessages.sentence(e));
                }));
    }

    private void loaded() {
        loading = false;
        if (loadAgain) {
            loadAgain = false;
            refresh();
        }
    }

    /** Runs after each registry transaction is mined, so the table, the model page and History follow. */
    public void afterAction(Runnable action) {
        this.afterAction = action;
    }

    private void show(RegistryDesk.Data d) {
        data.set(d);
        actions = new RegistryActions(desk.registry(), d.tokenInfo());
        disputes.setAll(d.derived().disputes());
        parameters.setAll(parameterLines(d));
        List<String> history = d.derived().parameterHistory();
        paramHistory.set(history.isEmpty() ? "No parameter change yet." : String.join("\n", history));
        List<String> open = d.derived().pendingChanges();
        pending.set(open.isEmpty() ? "No parameter change is pending in an open proposal." : String.join("\n", open));
        paused.set(d.params().paused());
        canPause.set(d.accountIsGuardian());
        canEndorse.set(d.accountIsCurator());
        endorseNote.set(d.account().isEmpty() ? "Endorsing needs the curator role, and the signing account could not be read: "
                + d.accountProblem().orElse("is the device connected?")
                : d.accountIsCurator() ? "" : "Endorsing needs the curator role, which " + org.steward.ui.control.AddressNames.display(d.account().get())
                + " does not hold: choose a curator's account on the Devices screen.");
        emergency.set((d.params().paused()
                ? "The registry is PAUSED: registrations, stake changes, endorsements and challenges are blocked; governance can still resolve challenges."
                : "The registry is running.") + "\nGuardians (may pause): "
                + d.derived().guardians().stream().map(org.steward.ui.control.AddressNames::display).collect(Collectors.joining(", "))
                + "\nOnly the admin (the timelock, through a proposal) may unpause."
                + (d.account().isPresent() ? "\nYour account " + org.steward.ui.control.AddressNames.display(d.account().get()) + (d.accountIsGuardian() ? " is a guardian." : " is not a guardian.") : ""));
        long open2 = disputes.stream().filter(Dispute::open).count();
        status.set(open2 + " open disputes, " + d.proposals().size() + " Governor proposals indexed");
        if (model.get() != null) {
            openModel(model.get().modelId());
        }
    }

    /** Each parameter by name, in its unit ("Minimum stake (minStake): 1,000 STW"), the stored integer as its exact form. */
    static List<Shown> parameterLines(RegistryDesk.Data d) {
        return RegistryParams.NAMES.stream()
                .map(n -> ParameterUnits.line(n, d.params().values().getOrDefault(n, BigInteger.ZERO), d.tokenInfo())).toList();
    }

    /** The model page of {@code modelId}, from the stored events. */
    public void openModel(long modelId) {
        RegistryDesk.Data d = data.get();
        if (d != null) {
            model.set(ModelHistory.of(modelId, d.events()));
        }
    }

    /**
     * Builds one registry call from the form (cheap, on the calling thread, so a mistyped field is
     * reported at once) and shows it for review; the device is asked only on confirm.
     */
    public void prepare(String title, Supplier<PreparedCall> call) {
        if (actions == null) {
            status.set("The registry has not been read yet: wait for the refresh to finish.");
            return;
        }
        PreparedCall prepared;
        try {
            prepared = call.get();
        } catch (RuntimeException e) {
            status.set("Check the form: " + (e instanceof NumberFormatException || e instanceof ArithmeticException
                    ? "the model id must be a whole number and the amount a number of STW with at most 18 decimals."
                    : UserMessages.sentence(e)));
            return;
        }
        review.prepare(title, p -> prepared, () -> {
            refresh();
            afterAction.run();
        });
    }

    public RegistryActions actions() {
        return actions;
    }

    public void pause() {
        if (canPause.get() && !paused.get()) {
            prepare("Prepare the pause", () -> actions.pause());
        }
    }

    public void proposeSlash(Dispute dispute, int slashBps, String reason) {
        if (actions != null && dispute != null && dispute.open()) {
            proposeViaGovernor.accept(actions.proposeSlash(dispute.challengeId().longValueExact(), dispute.modelId().longValueExact(), slashBps, reason));
        }
    }

    public void proposeParameter(String name, BigInteger value, String reason) {
        if (actions != null) {
            proposeViaGovernor.accept(actions.proposeParameter(name, value, reason));
        }
    }

    public static Hash32 weightsHash(String text) {
        return Hash32.parse(text.strip());
    }

    public TransactionReview review() {
        return review;
    }

    public ReadOnlyObjectProperty<RegistryDesk.Data> data() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ModelHistory> model() {
        return model.getReadOnlyProperty();
    }

    public ObservableList<Dispute> disputes() {
        return disputesView;
    }

    public ObservableList<Shown> parameters() {
        return parametersView;
    }

    public ReadOnlyStringProperty paramHistory() {
        return paramHistory.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pending() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emergency() {
        return emergency.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPause() {
        return canPause.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canEndorse() {
        return canEndorse.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty endorseNote() {
        return endorseNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty paused() {
        return paused.getReadOnlyProperty();
    }
}
