package org.steward.governance.ui;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.hub.HubRecount;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.snapshot.VotingType;
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
    private final FilteredList<ProposalRow> visible = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<HubProposal> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper recount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper privacyNote = new ReadOnlyStringWrapper("");

    public ProposalListViewModel(SnapshotSource source, TaskRunner runner) {
        this.source = Objects.requireNonNull(source);
        this.runner = Objects.requireNonNull(runner);
    }

    @Override
    protected void onActivate() {
        whileActive(filter, (obs, before, now) -> visible.setPredicate(row -> row.matches(now)));
        if (rows.isEmpty()) {
            reload();
        }
    }

    public void reload() {
        status.set("Loading proposals…");
        runner.run(BackgroundTask.of("Load Snapshot proposals", p -> source.proposals())
                .onSuccess(list -> {
                    rows.setAll(list.stream().map(ProposalRow::new).toList());
                    status.set(list.size() + " proposals");
                })
                .onFailure(e -> status.set(UserMessages.sentence(e))));
    }

    /** Opens a proposal: its body, then the recount of its votes (both in the background). */
    public void select(ProposalRow row) {
        if (row == null) {
            return;
        }
        String id = row.proposal().id();
        selected.set(row.proposal());
        recount.set("Recounting the votes…");
        privacyNote.set(row.proposal().shielded()
                ? "Private proposal (Shutter): votes stay encrypted until it closes, so nobody can recount them before then; "
                        + "this version of Steward cannot cast a shielded vote."
                : "");
        runner.run(BackgroundTask.of("Open the proposal", p -> source.proposal(id))
                .onSuccess(full -> {
                    if (isCurrent(id)) {
                        selected.set(full);
                    }
                })
                .onFailure(e -> status.set(UserMessages.sentence(e))));
        runner.run(BackgroundTask.of("Recount the votes", p -> verdict(row.proposal(), source.votes(id)))
                .onSuccess(text -> {
                    if (isCurrent(id)) {
                        recount.set(text);
                    }
                })
                .onFailure(e -> {
                    if (isCurrent(id)) {
                        recount.set("Recount failed: " + UserMessages.sentence(e));
                    }
                }));
    }

    private boolean isCurrent(String id) {
        return selected.get() != null && selected.get().id().equals(id);
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

    public ReadOnlyStringProperty privacyNoteProperty() {
        return privacyNote.getReadOnlyProperty();
    }
}
