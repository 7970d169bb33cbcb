package org.steward.governance.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.snapshot.ChoiceNames;
import org.steward.governance.domain.snapshot.SnapshotVote;
import org.steward.governance.domain.snapshot.VoteChoice;
import org.steward.governance.domain.snapshot.VotingType;
import org.steward.governance.service.SnapshotVoting;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;

/**
 * The vote dialog: the person picks a choice and a reason, reviews exactly what will be signed
 * (the typed data, its domain hash, message hash and digest, and what the device will show), and
 * only then signs on the device. Nothing is signed without a review of the same bytes.
 */
public final class VoteViewModel extends ViewModel {

    /** A person reads the device's screen; a vote waits for the button this long. */
    private static final Duration DEVICE_WAIT = Duration.ofMinutes(3);

    private final HubProposal proposal;
    private final Supplier<VotingAccount> account;
    private final SnapshotVoting voting;
    private final DevicePrompts prompts;
    private final TaskRunner runner;
    private final Supplier<java.util.Optional<Long>> referenceNow;
    /** Null when this version does not know the proposal's voting type. */
    private final ChoiceDraft draft;
    private final ReadOnlyBooleanWrapper chosen = new ReadOnlyBooleanWrapper();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper review = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyObjectWrapper<org.steward.core.sign.SigningRequest> signing = new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "signing");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reviewed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private SnapshotVoting.PreparedVote prepared;
    private java.util.function.Consumer<String> onVoted = id -> { };
    private org.steward.core.task.TaskHandle running;

    /**
     * @param account the device account to vote with; asked for when the review is made (may open the device)
     * @param referenceNow a trusted clock (the hub's), in Unix seconds, when one is known: the vote's timestamp is checked against it
     */
    public VoteViewModel(HubProposal proposal, Supplier<VotingAccount> account, SnapshotVoting voting, DevicePrompts prompts,
                         TaskRunner runner, Supplier<java.util.Optional<Long>> referenceNow) {
        this.referenceNow = Objects.requireNonNull(referenceNow);
        this.proposal = Objects.requireNonNull(proposal);
        this.account = Objects.requireNonNull(account);
        this.voting = Objects.requireNonNull(voting);
        this.prompts = Objects.requireNonNull(prompts);
        this.runner = Objects.requireNonNull(runner);
        this.draft = proposal.votingType().map(type -> new ChoiceDraft(type, proposal.choices())).orElse(null);
    }

    @Override
    protected void onActivate() {
        // Any edit after a review makes that review stale: it must be made again before signing.
        if (draft != null) {
            whileActive(draft.choiceProperty(), (obs, before, now) -> {
                chosen.set(now != null);
                invalidateReview();
            });
            chosen.set(draft.choiceProperty().get() != null);
        }
        whileActive(reason, (obs, before, now) -> invalidateReview());
    }

    private void invalidateReview() {
        prepared = null;
        reviewed.set(false);
        review.set("");
        signing.set(null);
    }

    /** Builds the vote and shows what will be signed; nothing is signed yet. */
    public void review() {
        if (proposal.shielded()) {
            status.set("This is a private (Shutter) proposal: this version of Steward cannot encrypt a vote, so it cannot vote on it.");
            return;
        }
        VotingType type = proposal.votingType().orElse(null);
        if (type == null) {
            status.set("This version does not know the voting type \"" + proposal.type() + "\".");
            return;
        }
        VoteChoice picked = draft.choiceProperty().get();
        if (picked == null) {
            status.set(draft.problemProperty().get().isEmpty() ? "Pick a choice first." : draft.problemProperty().get());
            return;
        }
        busy.set(true);
        status.set("Reading the account from the device…");
        running = runner.run(BackgroundTask.of("Prepare the vote", p -> {
            long now = Instant.now().getEpochSecond();
            referenceNow.get().ifPresent(reference -> SnapshotVoting.checkClock(now, reference));
            VotingAccount a = account.get();
            SnapshotVote vote = new SnapshotVote(a.address(), proposal.space(), now, proposal.id(), type,
                    picked, reason.get(), "steward", "{}");
            return SnapshotVoting.prepare(vote, a.path());
        }).timeout(DEVICE_WAIT).onSuccess(p -> {
            busy.set(false);
            prepared = p;
            review.set(describe(p));
            signing.set(p.request());
            reviewed.set(true);
            status.set("Check the hashes against your device's screen, then sign.");
        }).onFailure(e -> {
            busy.set(false);
            status.set(UserMessages.sentence(e));
        }));
    }

    String describe(SnapshotVoting.PreparedVote p) {
        return "Vote by " + p.vote().from().checksummed() + " on " + p.vote().space() + "\n"
                + "Proposal " + p.vote().proposal() + "\n"
                + "Choice " + ChoiceNames.describe(p.vote().type(), proposal.choices(), p.vote().choice()) + " (signed as " + p.typedData().message().get("choice") + ")"
                + (p.vote().reason().isEmpty() ? "" : ", reason \"" + p.vote().reason() + "\"") + "\n\n"
                + "Domain hash   " + p.typedData().domainHash().hex() + "\n"
                + "Message hash  " + p.typedData().messageHash().hex() + "\n"
                + "Digest        " + p.typedData().digest().hex() + "\n\n"
                + "The device shows: " + p.request().deviceText();
    }

    /** Signs the reviewed vote on the device, stores it, sends it; the receipt or the hub's refusal ends in the status. */
    public void sign() {
        SnapshotVoting.PreparedVote vote = prepared;
        if (vote == null) {
            status.set("Review the vote first: Steward signs only what you have seen.");
            return;
        }
        // One press, one signature: the reviewed vote is used up here, so a second press has nothing to sign.
        prepared = null;
        busy.set(true);
        status.set("Confirm the vote on your device…");
        running = runner.run(BackgroundTask.of("Sign and send the vote", p -> voting.cast(vote, account.get().signer(), prompts))
                .timeout(DEVICE_WAIT)
                .onSuccess(cast -> {
                    busy.set(false);
                    done.set(true);
                    status.set("Vote recorded by Snapshot: " + ChoiceNames.describe(vote.vote().type(), proposal.choices(), vote.vote().choice())
                            + ". Receipt " + cast.receipt().id() + ", ipfs " + cast.receipt().ipfs() + ".");
                    onVoted.accept(proposal.id());
                })
                .onFailure(e -> {
                    busy.set(false);
                    status.set(UserMessages.sentence(e));
                }));
    }

    /** Stops what the dialog is waiting for (the device, the hub) when the person closes it. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    /** Called with the proposal's id once Snapshot has recorded the vote, so every view showing it can follow. */
    public void onVoted(java.util.function.Consumer<String> listener) {
        onVoted = Objects.requireNonNull(listener);
    }

    /** True once the vote was recorded: signing again would be a second, separate vote. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public HubProposal proposal() {
        return proposal;
    }

    /** The choice being made, in the controls' terms; empty when the voting type is unknown. */
    public java.util.Optional<ChoiceDraft> draft() {
        return java.util.Optional.ofNullable(draft);
    }

    /** True once the draft is a choice the vote can sign. */
    public ReadOnlyBooleanProperty chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /**
     * The signing account was changed from the dialog: a review names the account it was made for
     * (the vote's {@code from}), so it is void and must be made again.
     */
    public void accountChanged() {
        if (done.get()) {
            return;
        }
        invalidateReview();
        status.set("The signing account changed: review the vote again, it will be signed by the account named above.");
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The typed-data request the device will be sent, once reviewed: its hashes, fields and device screens are shown. */
    public javafx.beans.property.ReadOnlyObjectProperty<org.steward.core.sign.SigningRequest> signingProperty() {
        return signing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reviewProperty() {
        return review.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reviewedProperty() {
        return reviewed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
