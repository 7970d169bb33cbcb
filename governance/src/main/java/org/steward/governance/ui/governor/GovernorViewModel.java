package org.steward.governance.ui.governor;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.steward.core.chain.logs.LogListNotice;
import org.steward.core.chain.logs.Reorg;
import org.steward.core.format.Durations;
import org.steward.core.format.Shown;
import org.steward.core.governor.VoteSupport;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.governance.domain.governor.KnownCalls;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.governance.domain.governor.ProposalState;
import org.steward.governance.domain.governor.ProposalStatus;
import org.steward.governance.service.governor.GovernorReader;
import org.steward.governance.service.governor.GovernorSource;
import org.steward.ui.PendingOpen;
import org.steward.ui.UiScheduler;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;
import org.steward.ui.review.TransactionReview;

/**
 * The on-chain proposals: the indexed list with live states, and for the selected proposal its
 * description, decoded actions, results, quorum, the account's voting power and vote, the vote /
 * queue / execute commands and the timelock ETA counting down.
 */
public final class GovernorViewModel extends ViewModel {

    private final GovernorSource source;
    private final TaskRunner runner;
    private final UiScheduler scheduler;
    private final LongSupplier nowSeconds;
    private final TransactionReview review;

    private final ObservableList<GovernorRow> rows = FXCollections.observableArrayList();
    /** A proposal asked for by a notification or the history, perhaps before the list had it. */
    private final PendingOpen<GovernorRow> pendingOpen = new PendingOpen<>();
    private final FilteredList<GovernorRow> visible = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    /** A reorganisation the last full read found, and the Governor's logs that could not be read. */
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private Optional<Reorg> lastReorg = Optional.empty();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyObjectWrapper<GovernorRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper actions = new ReadOnlyStringWrapper(this, "actions", "");
    private final ReadOnlyObjectWrapper<Shown> forVotes = new ReadOnlyObjectWrapper<>(this, "forVotes", Shown.plain(""));
    private final ReadOnlyObjectWrapper<Shown> againstVotes = new ReadOnlyObjectWrapper<>(this, "againstVotes", Shown.plain(""));
    private final ReadOnlyObjectWrapper<Shown> abstainVotes = new ReadOnlyObjectWrapper<>(this, "abstainVotes", Shown.plain(""));
    private final ReadOnlyStringWrapper ifPasses = new ReadOnlyStringWrapper(this, "ifPasses", "");
    private final ReadOnlyDoubleWrapper forShare = new ReadOnlyDoubleWrapper(this, "forShare");
    private final ReadOnlyDoubleWrapper againstShare = new ReadOnlyDoubleWrapper(this, "againstShare");
    private final ReadOnlyDoubleWrapper abstainShare = new ReadOnlyDoubleWrapper(this, "abstainShare");
    private final ReadOnlyObjectWrapper<Shown> quorum = new ReadOnlyObjectWrapper<>(this, "quorum", Shown.plain(""));
    private final ReadOnlyDoubleWrapper quorumProgress = new ReadOnlyDoubleWrapper(this, "quorumProgress");
    private final ReadOnlyObjectWrapper<Shown> myPosition = new ReadOnlyObjectWrapper<>(this, "myPosition", Shown.plain(""));
    private final ReadOnlyStringWrapper eta = new ReadOnlyStringWrapper(this, "eta", "");
    private final ReadOnlyBooleanWrapper canVote = new ReadOnlyBooleanWrapper(this, "canVote");
    /** Why the vote buttons are disabled, beside them; empty while a vote can be cast. */
    private final ReadOnlyStringWrapper voteNote = new ReadOnlyStringWrapper(this, "voteNote", "");
    private final ReadOnlyBooleanWrapper canQueue = new ReadOnlyBooleanWrapper(this, "canQueue");
    private final ReadOnlyBooleanWrapper canExecute = new ReadOnlyBooleanWrapper(this, "canExecute");
    /** Why Queue or Execute is disabled, beside them; empty while one of them can succeed. */
    private final ReadOnlyStringWrapper timelockNote = new ReadOnlyStringWrapper(this, "timelockNote", "");
    private UiScheduler.Cancellable ticking;
    private UiScheduler.Cancellable following;
    /** Chain time minus this machine's time at the last read: the ETA is reached on chain time, which a devnet can move ahead. */
    private long chainClockOffset;
    /** The head block at the last read, so a new block (voting closing, a deadline passing) reads the proposals again. */
    private long headBlock = -1;
    private boolean reading;
    private Runnable afterAction = () -> { };

    public GovernorViewModel(GovernorSource source, TaskRunner runner, UiScheduler scheduler, LongSupplier nowSeconds,
                             Supplier<DevicePrompts> prompts) {
        this.source = source;
        this.runner = runner;
        this.scheduler = scheduler;
        this.nowSeconds = nowSeconds;
        this.review = new TransactionReview(runner, source, prompts);
    }

    @Override
    protected void onActivate() {
        whileActive(filter, (obs, before, now) -> visible.setPredicate(row -> row.matches(now)));
        if (rows.isEmpty()) {
            reload();
        }
        tick();
        followBlocks();
    }

    @Override
    protected void onDeactivate() {
        if (ticking != null) {
            ticking.cancel();
            ticking = null;
        }
        if (following != null) {
            following.cancel();
            following = null;
        }
    }

    /** Runs after each transaction this screen sent is mined, e.g. to tell the other views that show the Governor. */
    public void afterAction(Runnable action) {
        this.afterAction = action;
    }

    public void reload() {
        status.set("Reading the Governor's proposals…");
        read(false);
    }

    /**
     * Reads the proposals; a quiet read (a new block) keeps the page as it is unless the selected
     * proposal's state or counts moved, so the person's reading is not reset every block.
     */
    private void read(boolean quiet) {
        reading = true;
        BigInteger keep = selected.get() == null ? null : selected.get().id();
        runner.run(BackgroundTask.of("Index the Governor's proposals", p -> {
                    GovernorReader.Setup s = source.setup();
                    GovernorSource.Head head = source.head();
                    return new Loaded(s, source.read(p), head, nowSeconds.getAsLong());
                })
                .onProgress((done, total, message) -> {
                    if (!quiet) {
                        progress.set(total <= 0 ? -1 : (double) done / total);
                        status.set(message);
                    }
                })
                .onSuccess(loaded -> {
                    reading = false;
                    GovernorReader.Setup setup = loaded.setup();
                    headBlock = loaded.head().block();
                    chainClockOffset = loaded.head().timeSeconds() < 0 ? 0 : loaded.head().timeSeconds() - loaded.readAt();
                    GovernorRow before = selected.get();
                    List<GovernorRow> fresh = loaded.read().proposals().stream().map(p -> new GovernorRow(p, setup.votes())).toList();
                    showNotice(loaded.read().notice(), quiet);
                    if (quiet) {
                        update(fresh);
                    } else {
                        rows.setAll(fresh);
                    }
                    progress.set(1);
                    status.set(rows.isEmpty() ? "No proposal on this Governor yet." : rows.size() + " proposals");
                    rows.stream().filter(r -> r.id().equals(keep)).findFirst().ifPresent(row -> {
                        if (!quiet || before == null || row != before) {
                            select(row);
                        }
                    });
                    pendingOpen.retry(rows, this::select);
                })
                .onFailure(e -> {
                    reading = false;
                    progress.set(0);
                    status.set(UserMessages.sentence(e));
                }));
    }

    /**
     * Replaces only the rows whose page would read differently, so a new block leaves the table's
     * selection (and the person's place on the page) alone; a new or vanished proposal replaces all.
     */
    private void update(List<GovernorRow> fresh) {
        boolean sameProposals = fresh.size() == rows.size();
        for (int i = 0; sameProposals && i < fresh.size(); i++) {
            sameProposals = fresh.get(i).id().equals(rows.get(i).id());
        }
        if (!sameProposals) {
            rows.setAll(fresh);
            return;
        }
        for (int i = 0; i < fresh.size(); i++) {
            if (moved(rows.get(i).proposal().status(), fresh.get(i).proposal().status())) {
                rows.set(i, fresh.get(i));
            }
        }
    }

    /** Whether the page of a proposal would read differently; the Governor's clock alone moves every block. */
    private static boolean moved(ProposalStatus before, ProposalStatus now) {
        return before.state() != now.state() || !before.forVotes().equals(now.forVotes()) || !before.againstVotes().equals(now.againstVotes())
                || !before.abstainVotes().equals(now.abstainVotes()) || !before.quorum().equals(now.quorum())
                || !before.etaSeconds().equals(now.etaSeconds());
    }

    /** Every few seconds while shown: a new block may open or close voting or pass an ETA, so the proposals are read again. */
    private void followBlocks() {
        if (following != null) {
            following.cancel();
        }
        following = scheduler.after(FOLLOW_EVERY, () -> {
            following = null;
            if (!isActive()) {
                return;
            }
            if (reading || headBlock < 0) {
                followBlocks();
                return;
            }
            runner.run(BackgroundTask.of("Look for a new block", p -> source.head())
                    .onSuccess(head -> {
                        if (head.block() != headBlock && !reading) {
                            read(true);
                        }
                        if (isActive()) {
                            followBlocks();
                        }
                    })
                    .onFailure(e -> {
                        // The next look tries again; a node that stays away is reported by the next read.
                        if (isActive()) {
                            followBlocks();
                        }
                    }));
        });
    }

    private static final Duration FOLLOW_EVERY = Duration.ofSeconds(3);

    /** A reorganisation stays said until the next full read; a new block's quiet read only adds one it found. */
    private void showNotice(LogListNotice read, boolean quiet) {
        if (read.reorg().isPresent() || !quiet) {
            lastReorg = read.reorg();
        }
        notice.set(new LogListNotice(lastReorg, read.unreadable()).text());
    }

    private record Loaded(GovernorReader.Setup setup, GovernorSource.ProposalList read, GovernorSource.Head head, long readAt) {
    }

    /** Opens proposal {@code id} now if it is listed, otherwise once the proposals have been read. */
    public void open(BigInteger id) {
        pendingOpen.open(rows, r -> r.id().equals(id), this::select);
    }

    public void select(GovernorRow row) {
        selected.set(row);
        ifPasses.set("");
        if (row == null) {
            // Nothing to act on: no command stays enabled from the proposal shown before.
            canVote.set(false);
            canQueue.set(false);
            canExecute.set(false);
            voteNote.set("");
            timelockNote.set("");
            tick();
            return;
        }
        ProposalStatus s = row.proposal().status();
        actions.set(org.steward.ui.control.AddressNames.annotate(row.proposal().created().actions().stream().map(KnownCalls::describe).collect(Collectors.joining("\n\n"))));
        forVotes.set(VotesText.tally(row.votes(), s, VoteSupport.FOR));
        againstVotes.set(VotesText.tally(row.votes(), s, VoteSupport.AGAINST));
        abstainVotes.set(VotesText.tally(row.votes(), s, VoteSupport.ABSTAIN));
        forShare.set(s.share(VoteSupport.FOR));
        againstShare.set(s.share(VoteSupport.AGAINST));
        abstainShare.set(s.share(VoteSupport.ABSTAIN));
        quorum.set(VotesText.quorum(row.votes(), s));
        quorumProgress.set(s.quorumProgress());
        canVote.set(s.state() == ProposalState.ACTIVE);
        voteNote.set(s.state() == ProposalState.ACTIVE ? ""
                : s.state() == ProposalState.PENDING ? "Voting opens at the proposal's snapshot block." : "Voting is closed (" + row.state() + ").");
        canQueue.set(s.state() == ProposalState.SUCCEEDED);
        canExecute.set(false);
        timelockNote.set(timelockNote(s.state()));
        myPosition.set(Shown.plain("Reading your voting power…"));
        tick();
        BigInteger id = row.id();
        runner.run(BackgroundTask.of("Read your voting power", p -> {
                    var account = source.account();
                    return source.position(account, s);
                })
                .onSuccess(pos -> {
                    if (selected.get() != null && selected.get().id().equals(id)) {
                        myPosition.set(VotesText.position(row.votes(), pos, s));
                        if (pos.hasVoted() && s.state() == ProposalState.ACTIVE) {
                            // The Governor counts one vote per account; a second would revert (GovernorAlreadyCastVote).
                            canVote.set(false);
                            voteNote.set("You have voted on this proposal: the Governor takes one vote per account.");
                        }
                    }
                })
                .onFailure(e -> myPosition.set(Shown.plain(UserMessages.sentence(e)))));
    }

    /** Why neither Queue nor Execute can succeed in {@code state}; the queued case is said by the ETA tick. */
    private static String timelockNote(ProposalState state) {
        return switch (state) {
            case PENDING, ACTIVE -> "Queue once voting has closed and the proposal succeeded.";
            case SUCCEEDED -> "";
            case QUEUED -> "";
            case EXECUTED -> "Executed: nothing is left to do.";
            default -> "A proposal that is " + state.name().toLowerCase(java.util.Locale.ROOT) + " cannot be queued or executed.";
        };
    }

    /** The ETA line, refreshed every second while the screen is shown, so Execute enables when the delay passes. */
    private void tick() {
        if (ticking != null) {
            ticking.cancel();
            ticking = null;
        }
        GovernorRow row = selected.get();
        if (row == null || row.proposal().status().etaSeconds().isEmpty() || !isActive()) {
            eta.set(row != null && row.proposal().status().state() == ProposalState.SUCCEEDED
                    ? "Succeeded: queue it in the timelock to start the delay." : "");
            return;
        }
        long remaining = row.proposal().status().etaSeconds().getAsLong() - (nowSeconds.getAsLong() + chainClockOffset);
        boolean queued = row.proposal().status().state() == ProposalState.QUEUED;
        canExecute.set(queued && remaining <= 0);
        if (!queued) {
            eta.set("");
            return;
        }
        timelockNote.set(remaining > 0 ? "Execute once the ETA is reached (the timelock's delay)." : "");
        eta.set(remaining > 0 ? "Executable in " + Durations.words(remaining) + " (timelock delay)" : "Ready to execute: the timelock delay has passed.");
        if (remaining > 0) {
            ticking = scheduler.after(Duration.ofSeconds(1), this::tick);
        }
    }

    public void vote(VoteSupport support, String reason) {
        GovernorRow row = selected.get();
        if (row != null && canVote.get()) {
            review.prepare("Prepare the vote", p -> source.vote(row.id(), support, reason), this::afterSent);
        }
    }

    public void queue() {
        GovernorRow row = selected.get();
        if (row != null && canQueue.get()) {
            review.prepare("Prepare queueing", p -> source.queue(ProposalDraft.of(row.proposal().created())), this::afterSent);
        }
    }

    public void execute() {
        GovernorRow row = selected.get();
        if (row != null && canExecute.get()) {
            review.prepare("Prepare execution", p -> source.execute(ProposalDraft.of(row.proposal().created())), this::afterSent);
        }
    }

    /** The proposals are read again and every other view of the Governor is told. */
    private void afterSent() {
        reload();
        afterAction.run();
    }

    /** Runs the selected proposal's actions as the Timelock on a private fork, in the background. */
    public void simulateIfPasses() {
        GovernorRow row = selected.get();
        if (row == null) {
            return;
        }
        ifPasses.set("Simulating on a private fork of the chain…");
        runner.run(BackgroundTask.of("Simulate the proposal", p -> source.ifPasses(row.id()))
                .onSuccess(text -> {
                    if (selected.get() == row) {
                        ifPasses.set(text);
                    }
                })
                .onFailure(e -> {
                    if (selected.get() == row) {
                        ifPasses.set("The simulation could not run: " + UserMessages.sentence(e));
                    }
                }));
    }

    /** What executing the selected proposal would do, once simulated; empty before. */
    public ReadOnlyStringProperty ifPasses() {
        return ifPasses.getReadOnlyProperty();
    }

    public TransactionReview review() {
        return review;
    }

    public ObservableList<GovernorRow> visibleRows() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Empty, or a reorganisation's line and the unreadable logs', one per line. */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GovernorRow> selected() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actions() {
        return actions.getReadOnlyProperty();
    }

    /** The selected proposal's For votes and their share: "1,234.5 STW · 62.5 %". */
    public ReadOnlyObjectProperty<Shown> forVotes() {
        return forVotes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Shown> againstVotes() {
        return againstVotes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Shown> abstainVotes() {
        return abstainVotes.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty forShare() {
        return forShare.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty againstShare() {
        return againstShare.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty abstainShare() {
        return abstainShare.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Shown> quorum() {
        return quorum.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty quorumProgress() {
        return quorumProgress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Shown> myPosition() {
        return myPosition.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty eta() {
        return eta.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty voteNote() {
        return voteNote.getReadOnlyProperty();
    }

    /** Why Queue or Execute is disabled, beside them. */
    public ReadOnlyStringProperty timelockNote() {
        return timelockNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canVote() {
        return canVote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canQueue() {
        return canQueue.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canExecute() {
        return canExecute.getReadOnlyProperty();
    }
}
