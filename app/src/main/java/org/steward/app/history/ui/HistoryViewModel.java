package org.steward.app.history.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.steward.core.history.SignedItems;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;
import org.steward.app.history.HistoryLinks;

/**
 * Everything Steward signed, newest first, as the history file recorded it before it left the
 * machine: the status says whether it was sent, and the receipt what came back.
 */
public final class HistoryViewModel extends ViewModel {

    /** The table is virtualized, but loading is not: a person scrolls this far at most. */
    public static final int LIMIT = 100_000;

    private final Supplier<List<SignedItems.Item>> items;
    private final TaskRunner runner;
    private final ObservableList<SignedItems.Item> rows = FXCollections.observableArrayList();
    private final FilteredList<SignedItems.Item> visible = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final javafx.beans.property.ObjectProperty<Show> show = new javafx.beans.property.SimpleObjectProperty<>(Show.EVERYTHING);
    private final java.util.function.Consumer<org.steward.core.notify.Notice.Target> opener;

    /** The kinds of entry the history can be narrowed to. */
    public enum Show {
        EVERYTHING("Everything"),
        SNAPSHOT_VOTES("Snapshot votes"),
        SAFE_SIGNATURES("Safe signatures"),
        TRANSACTIONS("Transactions"),
        FAILED("Failed only");

        private final String label;

        Show(String label) {
            this.label = label;
        }

        boolean admits(SignedItems.Item item) {
            return switch (this) {
                case EVERYTHING -> true;
                case SNAPSHOT_VOTES -> item.kind().equals("snapshot-vote");
                case SAFE_SIGNATURES -> item.kind().equals("safe-confirmation");
                case TRANSACTIONS -> item.kind().equals("eth-transaction");
                case FAILED -> item.status().equals("failed");
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** What the empty table says: why nothing is listed, said once, in the table, not again in the bar above it. */
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");

    public HistoryViewModel(Supplier<List<SignedItems.Item>> items, TaskRunner runner) {
        this(items, runner, target -> { });
    }

    /** @param opener shows what an entry was about: its proposal, its Safe transaction */
    public HistoryViewModel(Supplier<List<SignedItems.Item>> items, TaskRunner runner,
                            java.util.function.Consumer<org.steward.core.notify.Notice.Target> opener) {
        this.items = Objects.requireNonNull(items);
        this.runner = Objects.requireNonNull(runner);
        this.opener = Objects.requireNonNull(opener);
    }

    @Override
    protected void onActivate() {
        whileActive(filter, (obs, before, now) -> refilter());
        whileActive(show, (obs, before, now) -> refilter());
        reload();
    }

    private void refilter() {
        String text = filter.get();
        Show kind = show.get();
        visible.setPredicate(item -> kind.admits(item) && matches(item, text));
        count();
    }

    /** The count says what the table shows: "3 of 7 entries" while a search or a filter hides some. */
    private void count() {
        emptyText.set(rows.isEmpty()
                ? "Nothing signed yet: every signature, vote and transaction is written here before it leaves this machine."
                : "No entry matches the search and the filter.");
        if (rows.isEmpty()) {
            status.set("0 entries");
        } else if (visible.size() == rows.size()) {
            status.set(rows.size() == 1 ? "1 entry" : rows.size() + " entries");
        } else {
            status.set(visible.size() + " of " + rows.size() + (rows.size() == 1 ? " entry" : " entries"));
        }
    }

    /** Leads to what {@code item} was about; says so when the entry names nothing Steward can show. */
    public void open(SignedItems.Item item) {
        if (item == null) {
            return;
        }
        HistoryLinks.target(item).ifPresentOrElse(opener,
                () -> status.set("Entry " + item.id() + " names nothing Steward can open (" + (item.subject() == null ? "no subject" : item.subject()) + ")."));
    }

    public javafx.beans.property.ObjectProperty<Show> showProperty() {
        return show;
    }

    public void reload() {
        runner.run(BackgroundTask.of("Read the history", p -> items.get())
                .onSuccess(list -> {
                    rows.setAll(list);
                    count();
                })
                .onFailure(e -> status.set(UserMessages.sentence(e))));
    }

    /** Writes the rows the filter shows to {@code file} as CSV (RFC 4180), in the background. */
    public void exportCsv(java.nio.file.Path file) {
        List<SignedItems.Item> shown = List.copyOf(visible);
        runner.run(BackgroundTask.of("Export the history", p -> {
                    java.nio.file.Files.writeString(file, org.steward.core.history.SignedItemsCsv.write(shown), java.nio.charset.StandardCharsets.UTF_8);
                    return shown.size();
                })
                .onSuccess(n -> status.set("Exported " + n + " entries to " + file + "."))
                .onFailure(e -> status.set("The export failed (" + e.getMessage() + "): choose a folder you can write to.")));
    }

    static boolean matches(SignedItems.Item item, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return item.kind().contains(needle) || item.status().equals(needle) || item.signer().lowerHex().contains(needle)
                || item.digest().toLowerCase(Locale.ROOT).contains(needle)
                || item.subject() != null && item.subject().toLowerCase(Locale.ROOT).contains(needle);
    }

    public ObservableList<SignedItems.Item> visibleRows() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }
}
