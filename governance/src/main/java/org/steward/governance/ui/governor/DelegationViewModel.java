package org.steward.governance.ui.governor;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.steward.core.eth.Address;
import org.steward.core.format.Shown;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.governance.domain.governor.VoterPosition;
import org.steward.governance.service.governor.GovernorReader;
import org.steward.governance.service.governor.GovernorSource;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;
import org.steward.ui.review.TransactionReview;

/** The account's delegation: balance, votes, current delegate, the undelegated warning, and delegating. */
public final class DelegationViewModel extends ViewModel {

    private final GovernorSource source;
    private final TaskRunner runner;
    private final TransactionReview review;
    private final ReadOnlyStringWrapper account = new ReadOnlyStringWrapper(this, "account", "");
    private final ReadOnlyObjectWrapper<Shown> summary = new ReadOnlyObjectWrapper<>(this, "summary", Shown.plain(""));
    private final ReadOnlyObjectWrapper<Shown> warning = new ReadOnlyObjectWrapper<>(this, "warning", Shown.plain(""));
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper canDelegateToSelf = new ReadOnlyBooleanWrapper(this, "canDelegateToSelf");
    /** Why "Delegate to myself" is disabled, beside it; empty while it can be used. */
    private final ReadOnlyStringWrapper selfNote = new ReadOnlyStringWrapper(this, "selfNote", "");
    private final StringProperty delegatee = new SimpleStringProperty(this, "delegatee", "");
    private final ReadOnlyStringWrapper delegateeError = new ReadOnlyStringWrapper(this, "delegateeError", "");
    private Address me;
    /** The account's delegate at the last read; null before it. */
    private Address currentDelegate;
    private Runnable afterAction = () -> { };

    public DelegationViewModel(GovernorSource source, TaskRunner runner, Supplier<DevicePrompts> prompts) {
        this.source = source;
        this.runner = runner;
        this.review = new TransactionReview(runner, source, prompts);
        delegatee.addListener((obs, before, now) -> delegateeError.set(check(now)));
    }

    @Override
    protected void onActivate() {
        if (!loaded.get()) {
            refresh();
        }
    }

    public void refresh() {
        summary.set(Shown.plain("Reading your delegation…"));
        canDelegateToSelf.set(false);
        selfNote.set("");
        runner.run(BackgroundTask.of("Read your delegation", p -> {
                    GovernorReader.Setup setup = source.setup();
                    Address a = source.account();
                    return new Read(setup, source.position(a, null));
                })
                .onSuccess(r -> {
                    me = r.position().account();
                    account.set(me.checksummed());
                    VoterPosition p = r.position();
                    currentDelegate = p.delegate();
                    summary.set(VotesText.delegation(r.setup().votes(), p));
                    warning.set(VotesText.undelegated(r.setup().votes(), p));
                    canDelegateToSelf.set(!p.delegatesToSelf());
                    selfNote.set(p.delegatesToSelf() ? "You are already your own delegate: your votes count in every vote." : "");
                    delegateeError.set(check(delegatee.get()));
                    loaded.set(true);
                })
                .onFailure(e -> summary.set(Shown.plain(UserMessages.sentence(e)))));
    }

    private record Read(GovernorReader.Setup setup, VoterPosition position) {
    }

    public void delegateToSelf() {
        if (me != null && canDelegateToSelf.get()) {
            Address self = me;
            review.prepare("Prepare the delegation", p -> source.delegate(self), this::afterSent);
        }
    }

    public void delegateToAddress() {
        if (check(delegatee.get()).isEmpty() && !delegatee.get().isBlank()) {
            Address to = Address.parse(delegatee.get());
            review.prepare("Prepare the delegation", p -> source.delegate(to), this::afterSent);
        }
    }

    /** Runs after a delegation is mined: voting power moved, so the proposals' pages read differently. */
    public void afterAction(Runnable action) {
        this.afterAction = action;
    }

    private void afterSent() {
        refresh();
        afterAction.run();
    }

    private String check(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            Address a = Address.parse(text);
            if (a.equals(Address.ZERO)) {
                return "Delegating to the zero address would remove your votes from every count.";
            }
            return a.equals(currentDelegate) ? "This address is already your delegate: delegating again would change nothing." : "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public TransactionReview review() {
        return review;
    }

    public ReadOnlyStringProperty account() {
        return account.getReadOnlyProperty();
    }

    /** "Balance 1,000 STW · votes 1,000 STW · delegate: yourself", the amounts exact on hover. */
    public ReadOnlyObjectProperty<Shown> summary() {
        return summary.getReadOnlyProperty();
    }

    /** The undelegated warning; empty text when the balance counts. */
    public ReadOnlyObjectProperty<Shown> warning() {
        return warning.getReadOnlyProperty();
    }

    /** False before the read and while the account is already its own delegate. */
    public ReadOnlyBooleanProperty canDelegateToSelf() {
        return canDelegateToSelf.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selfNote() {
        return selfNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loaded() {
        return loaded.getReadOnlyProperty();
    }

    public StringProperty delegatee() {
        return delegatee;
    }

    public ReadOnlyStringProperty delegateeError() {
        return delegateeError.getReadOnlyProperty();
    }
}
