package org.steward.governance.ui.governor;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.core.abi.AbiFunction;
import org.steward.core.eth.Address;
import org.steward.core.format.Amounts;
import org.steward.core.governor.ProposalAction;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.TaskRunner;
import org.steward.governance.domain.governor.CallTargets;
import org.steward.governance.domain.governor.KnownCalls;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.governance.service.governor.GovernorSource;
import org.steward.ui.ViewModel;
import org.steward.ui.abi.CallBuilderViewModel;
import org.steward.ui.review.TransactionReview;

/**
 * A Governor proposal being written: actions composed with the call builder (target, value, call),
 * a Markdown description, and the whole proposal previewed with its id before the device signs it.
 * Other screens open it pre-filled with a draft ("propose slash", "propose parameter change").
 */
public final class ProposalBuilderViewModel extends ViewModel {

    private final GovernorSource source;
    private final TransactionReview review;
    private final CallBuilderViewModel call;
    private final CallTargets targets;
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "0");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObservableList<ProposalAction> actions = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<ProposalAction> actionsView = FXCollections.unmodifiableObservableList(actions);
    /** Which of the DAO's contracts the target is ("the governance token"), beside the field; empty for another address. */
    private final ReadOnlyStringWrapper targetName = new ReadOnlyStringWrapper(this, "targetName", "");
    /** The typed wei in ether ("= 0.5 ETH"), beside the field: eighteen digits are easy to miscount. */
    private final ReadOnlyStringWrapper valueInEther = new ReadOnlyStringWrapper(this, "valueInEther", "");
    private final ReadOnlyStringWrapper actionError = new ReadOnlyStringWrapper(this, "actionError", "");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private Runnable afterAction = () -> { };

    /** {@code functions} all called on {@code defaultTarget}; the registry's functions when none are given. */
    public ProposalBuilderViewModel(GovernorSource source, TaskRunner runner, Supplier<DevicePrompts> prompts, List<AbiFunction> functions,
                                    Address defaultTarget) {
        this(source, runner, prompts, CallTargets.of(functions.isEmpty() ? KnownCalls.REGISTRY : functions, defaultTarget));
    }

    /** The functions of {@code targets}; picking one points the target at its contract. */
    public ProposalBuilderViewModel(GovernorSource source, TaskRunner runner, Supplier<DevicePrompts> prompts, CallTargets targets) {
        this.source = source;
        this.review = new TransactionReview(runner, source, prompts);
        this.targets = targets;
        this.call = new CallBuilderViewModel(targets.functions().isEmpty() ? KnownCalls.REGISTRY : targets.functions());
        target.addListener((obs, before, now) -> targetName.set(nameOf(now)));
        value.addListener((obs, before, now) -> valueInEther.set(inEther(now)));
        follow(call.selected().get());
        call.selected().addListener((obs, before, now) -> follow(now));
        actions.addListener((javafx.collections.ListChangeListener<ProposalAction>) c -> refreshPreview());
        description.addListener((obs, before, now) -> refreshPreview());
        refreshPreview();
    }

    /**
     * Points the target at the contract {@code function} belongs to, unless the person typed
     * another address there: that one is theirs to keep.
     */
    private void follow(AbiFunction function) {
        if (function == null) {
            return;
        }
        targets.targetOf(function).ifPresent(home -> {
            if (target.get().isBlank() || pointsAtKnownContract(target.get())) {
                target.set(home.checksummed());
            }
        });
    }

    private static String inEther(String text) {
        try {
            BigInteger wei = new BigInteger(text.strip());
            // Every decimal: the person is checking what they typed, not glancing at a balance.
            return wei.signum() > 0 ? "= " + Amounts.exactText(wei, 18, "ETH") : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private String nameOf(String text) {
        try {
            return targets.nameOf(Address.parse(text)).orElse("");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private boolean pointsAtKnownContract(String text) {
        try {
            return targets.targets().contains(Address.parse(text));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Replaces the proposal with {@code draft}, e.g. the registry's "propose slash". */
    public void load(ProposalDraft draft) {
        actions.setAll(draft.actions());
        description.set(draft.description());
    }

    /** Adds the call builder's current call to {@code target} as an action. */
    public void addAction() {
        Address to;
        try {
            to = Address.parse(target.get());
        } catch (IllegalArgumentException e) {
            actionError.set("Target: " + e.getMessage());
            return;
        }
        BigInteger wei;
        try {
            wei = new BigInteger(value.get().strip().isEmpty() ? "0" : value.get().strip());
            if (wei.signum() < 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            actionError.set("Value: \"" + value.get() + "\" is not a whole number of wei.");
            return;
        }
        byte[] data = call.calldata().get();
        if (data == null) {
            actionError.set("The call is not complete: " + call.preview().get());
            return;
        }
        actionError.set("");
        actions.add(new ProposalAction(to, wei, data));
    }

    public void removeAction(int index) {
        if (index >= 0 && index < actions.size()) {
            actions.remove(index);
        }
    }

    public void propose() {
        draft().ifPresent(d -> review.prepare("Prepare the proposal", p -> source.propose(d), () -> afterAction.run()));
    }

    /** Runs after a proposal is mined, so the Governor's list shows it without Refresh. */
    public void afterAction(Runnable action) {
        this.afterAction = action;
    }

    private java.util.Optional<ProposalDraft> draft() {
        if (actions.isEmpty() || description.get().isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ProposalDraft(actions, description.get()));
    }

    private void refreshPreview() {
        if (actions.isEmpty()) {
            preview.set("Add at least one action.");
            return;
        }
        if (description.get().isBlank()) {
            preview.set("Write a description: voters read it, and it is part of the proposal's id.");
            return;
        }
        ProposalDraft d = new ProposalDraft(actions, description.get());
        preview.set("\"" + d.title() + "\"\nProposal id " + d.proposalId() + "\n\n"
                + org.steward.ui.control.AddressNames.annotate(d.actions().stream().map(KnownCalls::describe).collect(Collectors.joining("\n\n"))));
    }

    public CallBuilderViewModel call() {
        return call;
    }

    public TransactionReview review() {
        return review;
    }

    public StringProperty target() {
        return target;
    }

    public StringProperty value() {
        return value;
    }

    public StringProperty description() {
        return description;
    }

    public ObservableList<ProposalAction> actions() {
        return actionsView;
    }

    public ReadOnlyStringProperty valueInEther() {
        return valueInEther.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetName() {
        return targetName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actionError() {
        return actionError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty preview() {
        return preview.getReadOnlyProperty();
    }
}
