package org.steward.registry.ui;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BiFunction;
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
import org.steward.core.format.Shown;
import org.steward.core.format.Timestamps;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.core.chain.PreparedCall;
import org.steward.ui.review.TransactionReview;
import org.steward.registry.domain.Dispute;
import org.steward.registry.domain.ModelHistory;
import org.steward.registry.domain.ParameterUnits;
import org.steward.registry.domain.Parsed;
import org.steward.registry.domain.RegistryForms;
import org.steward.core.token.TokenInfo;
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
    /** What is wrong with the Actions form, beside its buttons; empty when the last action was prepared. */
    private final ReadOnlyStringWrapper actionProblem = new ReadOnlyStringWrapper(this, "actionProblem", "");
    /** What is wrong with the Propose slash form, beside its button. */
    private final ReadOnlyStringWrapper slashProblem = new ReadOnlyStringWrapper(this, "slashProblem", "");
    /** What is wrong with the Propose parameter change form, beside its button. */
    private final ReadOnlyStringWrapper parameterProblem = new ReadOnlyStringWrapper(this, "parameterProblem", "");
    /** The registry token's symbol, beside the amount field; "tokens" until the registry is read. */
    private final ReadOnlyStringWrapper tokenUnit = new ReadOnlyStringWrapper(this, "tokenUnit", "tokens");
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
        tokenUnit.set(d.tokenInfo().label());
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
            model.set(ModelHistory.of(modelId, d.events(), d.tokenInfo(), chainTime(d)));
        }
    }

    /** Moments read against the chain's head time of the last refresh, in the person's zone, as deadlines are set on chain. */
    static Timestamps chainTime(RegistryDesk.Data d) {
        return new Timestamps(Clock.fixed(Instant.ofEpochSecond(d.now()), ZoneOffset.UTC), Timestamps.local().zone());
    }

    /**
     * Builds one registry call from the form's text (cheap, on the calling thread, so a mistyped
     * field is named at once beside the buttons) and shows it for review; the device is asked only
     * on confirm.
     *
     * @param call the form read with {@link org.steward.registry.domain.RegistryForms} into a call of these actions, for this token
     */
    public void prepare(String title, BiFunction<RegistryActions, TokenInfo, Parsed<PreparedCall>> call) {
        RegistryDesk.Data d = data.get();
        if (actions == null || d == null) {
            actionProblem.set("The registry has not been read yet: wait for the refresh to finish.");
            return;
        }
        Parsed<PreparedCall> prepared = call.apply(actions, d.tokenInfo());
        if (prepared instanceof Parsed.Rejected<PreparedCall> no) {
            actionProblem.set(no.message());
            return;
        }
        actionProblem.set("");
        PreparedCall ready = ((Parsed.Ok<PreparedCall>) prepared).value();
        review.prepare(title, p -> ready, () -> {
            refresh();
            afterAction.run();
        });
    }

    public RegistryActions actions() {
        return actions;
    }

    public void pause() {
        if (canPause.get() && !paused.get()) {
            prepare("Prepare the pause", (a, token) -> Parsed.ok(a.pause()));
        }
    }

    /** Opens the Governor's builder with a proposal upholding {@code dispute}; {@code slashText} is a percent of the stake. */
    public void proposeSlash(Dispute dispute, String slashText, String reason) {
        RegistryDesk.Data d = data.get();
        if (actions == null || d == null || dispute == null || !dispute.open()) {
            slashProblem.set(dispute != null && !dispute.open() ? "Challenge #" + dispute.challengeId() + " is decided already." : "");
            return;
        }
        long maxSlashBps = d.params().values().getOrDefault("maxSlashBps", BigInteger.valueOf(10_000)).min(BigInteger.valueOf(10_000)).longValueExact();
        Parsed<Integer> slash = RegistryForms.slash(slashText, maxSlashBps);
        if (slash instanceof Parsed.Rejected<Integer> no) {
            slashProblem.set(no.message());
            return;
        }
        slashProblem.set("");
        proposeViaGovernor.accept(actions.proposeSlash(dispute.challengeId().longValueExact(), dispute.modelId().longValueExact(),
                ((Parsed.Ok<Integer>) slash).value(), reason));
    }

    /** Opens the Governor's builder with a proposal setting {@code name}; {@code valueText} is in the parameter's unit. */
    public void proposeParameter(String name, String valueText, String reason) {
        RegistryDesk.Data d = data.get();
        if (actions == null || d == null) {
            parameterProblem.set("The registry has not been read yet: wait for the refresh to finish.");
            return;
        }
        Parsed<BigInteger> value = RegistryForms.parameterValue(name, valueText, d.tokenInfo());
        if (value instanceof Parsed.Rejected<BigInteger> no) {
            parameterProblem.set(no.message());
            return;
        }
        parameterProblem.set("");
        proposeViaGovernor.accept(actions.proposeParameter(name, ((Parsed.Ok<BigInteger>) value).value(), reason));
    }

    /** What the value of {@code name} is typed in ("STW", "%", "e.g. 7 days, 36 h"), for the label beside the field. */
    public String parameterUnit(String name) {
        RegistryDesk.Data d = data.get();
        return d == null ? "" : RegistryForms.unitHint(name, d.tokenInfo());
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

    public ReadOnlyStringProperty actionProblem() {
        return actionProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty slashProblem() {
        return slashProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty parameterProblem() {
        return parameterProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tokenUnit() {
        return tokenUnit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty paused() {
        return paused.getReadOnlyProperty();
    }
}
