package org.steward.governance.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.core.history.SignedItems;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.service.SnapshotSource;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;

/**
 * Every vote this account cast: Snapshot votes and Governor vote transactions from the history
 * file with their receipts, plus votes the hub knows that were cast elsewhere. Newest first.
 */
public final class MyVotesViewModel extends ViewModel {

    /** Signed items read from the history; votes are a part of them. */
    static final int HISTORY_LIMIT = 5_000;

    private final Supplier<List<SignedItems.Item>> history;
    private final SnapshotSource hub;
    private final Supplier<Optional<String>> voter;
    private final TaskRunner runner;
    private final ObservableList<VoteRecord> rows = FXCollections.observableArrayList();
    /** Kept: an unmodifiable list listens to its source weakly, so one made per call loses the listeners put on it. */
    private final ObservableList<VoteRecord> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /**
     * @param history the history file's signed items (blocking)
     * @param hub the Snapshot hub, or null when the profile has none
     * @param voter the voting account, when one is known (blocking: may open the device)
     */
    public MyVotesViewModel(Supplier<List<SignedItems.Item>> history, SnapshotSource hub, Supplier<Optional<String>> voter, TaskRunner runner) {
        this.history = history;
        this.hub = hub;
        this.voter = voter;
        this.runner = runner;
    }

    @Override
    protected void onActivate() {
        refresh();
    }

    public void refresh() {
        status.set("Reading your votes…");
        runner.run(BackgroundTask.of("Read your votes", p -> load())
                .onSuccess(list -> {
                    rows.setAll(list);
                    status.set(list.isEmpty() ? "No vote yet." : list.size() + " votes");
                })
                .onFailure(e -> status.set(UserMessages.sentence(e))));
    }

    private List<VoteRecord> load() {
        List<VoteRecord> out = new ArrayList<>();
        Set<String> local = new HashSet<>();
        java.util.Map<String, org.steward.governance.domain.hub.HubProposal> known = proposals();
        for (SignedItems.Item item : history.get()) {
            VoteRecord.of(item, known).ifPresent(r -> {
                out.add(r);
                local.add(r.proposal());
            });
        }
        Optional<String> account = Optional.empty();
        try {
            account = voter.get();
        } catch (RuntimeException noDevice) {
            // without a device only the local history is listed
        }
        if (hub != null && account.isPresent()) {
            for (HubVote v : hub.votesOf(account.get())) {
                if (!local.contains(v.proposal())) {
                    out.add(VoteRecord.of(v, known));
                }
            }
        }
        out.sort(Comparator.comparing(VoteRecord::when).reversed());
        return out;
    }

    /** The space's proposals, so choices read by name; without the hub they read as signed. */
    private java.util.Map<String, org.steward.governance.domain.hub.HubProposal> proposals() {
        if (hub == null) {
            return java.util.Map.of();
        }
        try {
            java.util.Map<String, org.steward.governance.domain.hub.HubProposal> byId = new java.util.HashMap<>();
            hub.proposals().forEach(p -> byId.put(p.id(), p));
            return byId;
        } catch (RuntimeException hubUnreachable) {
            return java.util.Map.of();
        }
    }

    public ObservableList<VoteRecord> rows() {
        return rowsView;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
