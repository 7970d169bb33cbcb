package org.steward.governance.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.core.text.OutsideText;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.hub.HubRecount;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.hub.HubVotes;
import org.steward.governance.domain.hub.HubVotingPower;
import org.steward.governance.domain.hub.ProposalState;
import org.steward.governance.domain.snapshot.ChoiceNames;
import org.steward.governance.domain.snapshot.VotingType;
import org.steward.governance.service.SnapshotSource;
import org.steward.ui.PendingOpen;
import org.steward.ui.UiScheduler;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;

/**
 * Snapshot proposals of the profile's space: the list, then for the selected one its body, its
 * results and a local recount of every vote compared with the hub's scores.
 */
public final class ProposalListViewModel extends ViewModel {

    private final SnapshotSource source;
    private final TaskRunner runner;
    private final ObservableList<ProposalRow> rows = FXCollections.observableArrayList();
    /** A proposal asked for by a notification or the history, perhaps before the list had it. */
    private final PendingOpen<ProposalRow> pendingOpen = new PendingOpen<>();
    private final FilteredList<ProposalRow> visible = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<HubProposal> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper recount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper privacyNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hubStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper myVote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper votingPower = new ReadOnlyStringWrapper("");
    private final BooleanProperty showFlagged = new SimpleBooleanProperty(false);
    private final Supplier<Optional<String>> voter;
    private final UiScheduler scheduler;
    private Map<String, HubVote> mine = Map.of();
    private Optional<String> voterAddress = Optional.empty();

    /**
     * @param voter the account votes are cast with, when one is known (blocking: may open the device);
     *              it orders unvoted proposals first and shows the account's vote and power
     * @param scheduler brings the hub's rate-limit status, reported from background threads, to the screen
     */
    public ProposalListViewModel(SnapshotSource source, TaskRunner runner, Supplier<Optional<String>> voter, UiScheduler scheduler) {
        this.source = Objects.requireNonNull(source);
        this.runner = Objects.requireNonNull(runner);
        this.voter = Objects.requireNonNull(voter);
        this.scheduler = Objects.requireNonNull(scheduler);
    }

    @Override
    protected void onActivate() {
        whileActive(filter, (obs, before, now) -> refilter());
        whileActive(showFlagged, (obs, before, now) -> refilter());
        refilter();
        if (rows.isEmpty()) {
            reload();
        }
    }

    /** Flagged proposals stay hidden unless asked for, as on snapshot.org; the text filter applies to the rest. */
    private void refilter() {
        String text = filter.get();
        boolean flagged = showFlagged.get();
        visible.setPredicate(row -> (flagged || !row.proposal().flagged()) && row.matches(text));
    }

    /** Where the hub client reports rate limits and maintenance; callable from any thread. */
    public Consumer<String> hubStatusSink() {
        return text -> scheduler.after(Duration.ZERO, () -> hubStatus.set(text));
    }

    public void reload() {
        status.set("Loading proposals…");
        runner.run(BackgroundTask.of("Load Snapshot proposals", p -> {
                    List<HubProposal> proposals = source.proposals();
                    Optional<String> account = voterOrEmpty();
                    Map<String, HubVote> votes = new HashMap<>();
                    account.ifPresent(a -> source.votesOf(a).forEach(v -> votes.putIfAbsent(v.proposal(), v)));
                    return new Loaded(proposals, account, votes);
                })
                .onSuccess(loaded -> {
                    voterAddress = loaded.voter();
                    mine = loaded.votes();
                    rows.setAll(unvotedFirst(loaded.proposals(), mine).stream().map(ProposalRow::new).toList());
                    pendingOpen.retry(rows, this::select);
                    long open = loaded.proposals().stream().filter(pr -> pr.state() == ProposalState.ACTIVE && !mine.containsKey(pr.id())).count();
                    status.set(loaded.proposals().size() + " proposals" + (voterAddress.isPresent() ? ", " + open + " active without your vote" : ""));
                })
                .onFailure(e -> status.set(UserMessages.sentence(e))));
    }

    private record Loaded(List<HubProposal> proposals, Optional<String> voter, Map<String, HubVote> votes) {
    }

    private Optional<String> voterOrEmpty() {
        try {
            return voter.get();
        } catch (RuntimeException noDevice) {
            // without a device the list still shows; only the per-account parts stay empty
            return Optional.empty();
        }
    }

    /** Active proposals the account has not voted on come first, then the rest in the hub's order. */
    static List<HubProposal> unvotedFirst(List<HubProposal> proposals, Map<String, HubVote> votes) {
        List<HubProposal> first = new ArrayList<>();
        List<HubProposal> rest = new ArrayList<>();
        for (HubProposal p : proposals) {
            (p.state() == ProposalState.ACTIVE && !votes.containsKey(p.id()) ? first : rest).add(p);
        }
        first.addAll(rest);
        return first;
    }

    /**
     * The person's vote on {@code id} was recorded: the list, the header's count, "You voted" and
     * the recount are read again, with the proposal kept open.
     */
    public void voted(String id) {
        selected.set(null);
        pendingOpen.open(List.of(), r -> r.proposal().id().equals(id), this::select);
        reload();
    }

    /** Opens proposal {@code id} now if it is listed, otherwise once the list has been read. */
    public void open(String id) {
        pendingOpen.open(rows, r -> r.proposal().id().equals(id), this::select);
    }

    /** Opens a proposal: its body, then the recount of its votes (both in the background). */
    public void select(ProposalRow row) {
        if (row == null) {
            return;
        }
        String id = row.proposal().id();
        selected.set(row.proposal());
        HubVote vote = mine.get(id);
        myVote.set(voterAddress.isEmpty() ? "" : vote == null ? "You have not voted on this proposal."
                : "You voted: " + row.proposal().votingType().map(t -> ChoiceNames.describe(t, row.proposal().choices(), vote.choice()))
                        .orElseGet(() -> ChoiceNames.describe(row.proposal().choices(), vote.choice())) + (vote.reason() == null || vote.reason().isBlank() ? "" : " — \"" + vote.reason() + "\"")
                        + " (" + String.format(java.util.Locale.ROOT, "%,.2f", vote.vp()) + " " + row.proposal().symbol() + ")");
        votingPower.set("");
        voterAddress.ifPresent(account -> runner.run(BackgroundTask.of("Read your voting power", p -> source.votingPower(account, id))
                .onSuccess(vp -> {
                    if (isOpen(id)) {
                        votingPower.set(describe(vp, row.proposal().symbol()));
                    }
                })
                .onFailure(e -> {
                    if (isOpen(id)) {
                        votingPower.set("Voting power unknown: " + UserMessages.sentence(e));
                    }
                })));
        recount.set("Recounting the votes…");
        privacyNote.set(row.proposal().shielded()
                ? "Private proposal (Shutter): votes stay encrypted until it closes, so nobody can recount them before then; "
                        + "this version of Steward cannot cast a shielded vote."
                : "");
        runner.run(BackgroundTask.of("Open the proposal", p -> source.proposal(id))
                .onSuccess(full -> {
                    if (isOpen(id)) {
                        selected.set(full);
                    }
                })
                .onFailure(e -> status.set(UserMessages.sentence(e))));
        // Votes first, then the proposal: scores read after the votes include them, unless the hub is still counting.
        runner.run(BackgroundTask.of("Recount the votes", p -> {
                    HubVotes votes = source.votes(id);
                    return verdict(source.proposal(id), votes);
                })
                .onSuccess(text -> {
                    if (isOpen(id)) {
                        recount.set(text);
                    }
                })
                .onFailure(e -> {
                    if (isOpen(id)) {
                        recount.set("Recount failed: " + UserMessages.sentence(e));
                    }
                }));
    }

    static String describe(HubVotingPower vp, String symbol) {
        String amount = String.format(java.util.Locale.ROOT, "%,.2f %s", vp.vp(), symbol == null ? "" : symbol).strip();
        if (vp.vp() == 0) {
            return "Your voting power on this proposal is 0: the space's strategies count no tokens for this account at the snapshot.";
        }
        return "Your voting power: " + amount + (vp.isFinal() ? " (final)"
                : " (pending: the hub is still computing it from the snapshot; it may change)");
    }

    /**
     * Whether proposal {@code id} is the one open on the page: a late answer about another one is
     * dropped, and re-selecting its row does not read it again.
     */
    public boolean isOpen(String id) {
        return selected.get() != null && selected.get().id().equals(id);
    }

    /** The recount's verdict, after the rows that were not readable votes are named: they are left out, so a difference may be theirs. */
    private static String verdict(HubProposal p, HubVotes read) {
        List<String> bad = read.unreadable();
        String unreadable = bad.isEmpty() ? "" : bad.size() + (bad.size() == 1 ? " vote" : " votes")
                + " the hub listed could not be read and " + (bad.size() == 1 ? "is" : "are") + " left out of this recount ("
                + OutsideText.line(bad.get(0)) + (bad.size() > 1 ? ", …" : "") + "). ";
        return unreadable + verdict(p, read.votes());
    }

    private static String verdict(HubProposal p, List<HubVote> votes) {
        if (p.shielded() && !"final".equals(p.scoresState())) {
            return "Not recounted: the votes are encrypted until the proposal closes.";
        }
        VotingType type = p.votingType().orElse(null);
        if (type == null) {
            return "Not recounted: this version does not know the voting type \"" + p.type() + "\".";
        }
        HubRecount.Verdict v = HubRecount.compare(p.scores(),
                HubRecount.count(type, p.choices(), p.strategies().size(), votes));
        if (!v.verified() && !"final".equals(p.scoresState()) && p.votes() != votes.size()) {
            return "The hub is still counting the latest votes (it lists " + votes.size() + " and has scores for " + p.votes()
                    + "); open the proposal again in a moment to recount.";
        }
        return v.summary() + " (" + votes.size() + " votes)";
    }

    public ObservableList<ProposalRow> visibleRows() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HubProposal> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recountProperty() {
        return recount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hubStatusProperty() {
        return hubStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty myVoteProperty() {
        return myVote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty votingPowerProperty() {
        return votingPower.getReadOnlyProperty();
    }

    public BooleanProperty showFlaggedProperty() {
        return showFlagged;
    }

    public ReadOnlyStringProperty privacyNoteProperty() {
        return privacyNote.getReadOnlyProperty();
    }
}
