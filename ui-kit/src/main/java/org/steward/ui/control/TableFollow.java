package org.steward.ui.control;

import java.util.function.BiPredicate;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableView;

/**
 * Keeps a table's selected row on the ViewModel's selection when the ViewModel changes it on its
 * own (a deep link from a notification or the history), so the opened item is highlighted and
 * scrolled into view rather than shown in the detail pane beside an unrelated highlighted row.
 */
public final class TableFollow {

    private TableFollow() {
    }

    /**
     * Selects and scrolls to the first row that {@code matches} the ViewModel's selection whenever
     * that selection moves away from the row the table already shows as selected.
     */
    public static <T, V> void follow(TableView<T> table, ObservableValue<V> selected, BiPredicate<T, V> matches) {
        selected.addListener((obs, before, now) -> {
            if (now == null) {
                return;
            }
            T shown = table.getSelectionModel().getSelectedItem();
            if (shown != null && matches.test(shown, now)) {
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (matches.test(table.getItems().get(i), now)) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(i);
                    return;
                }
            }
        });
    }
}
