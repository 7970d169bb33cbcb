package org.steward.governance.ui.governor;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.steward.core.eth.Address;
import org.steward.core.eth.TokenFormat;
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
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final StringProperty delegatee = new SimpleStringProperty(this, "delegatee", "");
    private final ReadOnlyStringWrapper delegateeError = new ReadOnlyStringWrapper(this, "delegateeError", "");
    private Address me;
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
        summary.set("Reading your delegation…");
        runner.run(BackgroundTask.of("Read your delegation", p -> {
                    GovernorReader.Setup setup = source.setup();
                    Address a = source.account();
                    return new Read(setup, source.position(a, null));
                })
                .onSuccess(r -> {
                    me = r.position().account();
                    account.set(me.checksummed());
                    String symbol = r.setup().symbol();
                    VoterPosition p = r.position();
                    summary.set("Balance " + TokenFormat.format(p.balance(), r.setup().decimals(), symbol) + " · votes "
                            + TokenFormat.format(p.currentVotes(), r.setup().decimals(), symbol) + " · delegate: "
                            + (p.delegate().equals(Address.ZERO) ? "none" : p.delegate().equals(me) ? "yourself" : p.delegate().checksummed()));
                    warning.set(p.undelegated() ? p.undelegatedWarning(TokenFormat.format(p.balance(), r.setup().decimals(), symbol)) : "");
                    loaded.set(true);
                })
                .onFailure(e -> summary.set(UserMessages.sentence(e))));
    }

    private record Read(GovernorReader.Setup setup, VoterPosition position) {
    }

    public void delegateToSelf() {
        if (me != null) {
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

    private static String check(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            Address a = Address.parse(text);
            return a.equals(Address.ZERO) ? "Delegating to the zero address would remove your votes from every count." : "";
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

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warning() {
        return warning.getReadOnlyProperty();
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
