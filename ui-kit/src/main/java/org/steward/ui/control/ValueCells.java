package org.steward.ui.control;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.util.Callback;
import org.steward.core.format.Shown;

/** Table and list cells that show a {@link Shown} as {@link ValueLabel} does: text, exact tooltip, copy menu. */
public final class ValueCells {

    private ValueCells() {
    }

    /** For a column whose items are the rows themselves: {@code shown} picks the value of each row. */
    public static <S> Callback<TableColumn<S, S>, TableCell<S, S>> table(Function<S, Shown> shown) {
        return column -> new TableCell<>() {
            @Override
            protected void updateItem(S row, boolean empty) {
                super.updateItem(row, empty);
                ValueLabel.show(this, empty || row == null ? null : shown.apply(row));
            }
        };
    }

    /** For a tree table column whose items are the rows themselves, as {@link #table} is for a table. */
    public static <S> Callback<TreeTableColumn<S, S>, TreeTableCell<S, S>> treeTable(Function<S, Shown> shown) {
        return column -> new TreeTableCell<>() {
            @Override
            protected void updateItem(S row, boolean empty) {
                super.updateItem(row, empty);
                ValueLabel.show(this, empty || row == null ? null : shown.apply(row));
            }
        };
    }

    public static <T> Callback<ListView<T>, ListCell<T>> list(Function<T, Shown> shown) {
        return view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                ValueLabel.show(this, empty || item == null ? null : shown.apply(item));
            }
        };
    }
}
