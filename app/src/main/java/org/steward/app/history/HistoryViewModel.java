package org.steward.app.history;

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
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public HistoryViewModel(Supplier<List<SignedItems.Item>> items, TaskRunner runner) {
        this.items = Objects.requireNonNull(items);
        this.runner = Objects.requireNonNull(runner);
    }

    @Override
    protected void onActivate() {
        whileActive(filter, (obs, before, now) -> visible.setPredicate(item -> matches(item, now)));
        reload();
    }

    public void reload() {
        runner.run(BackgroundTask.of("Read the history", p -> items.get())
                .onSuccess(list -> {
                    rows.setAll(list);
                    status.set(list.isEmpty() ? "Nothing signed yet: every signature, vote and transaction is written here before it leaves this machine."
                            : list.size() + " entries");
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
}
