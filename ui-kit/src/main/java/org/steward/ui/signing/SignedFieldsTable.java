package org.steward.ui.signing;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The field/value table of what is signed: field, type, the value as a person reads it, the exact value. */
public final class SignedFieldsTable extends TableView<SignedField> {

    public SignedFieldsTable(String id) {
        setId(id);
        getStyleClass().add("signed-fields");
        getColumns().add(column("Field", SignedField::field, 170));
        getColumns().add(column("Type", SignedField::type, 70));
        getColumns().add(column("Reads as", SignedField::shown, 210));
        TableColumn<SignedField, String> exact = column("Exact value signed", SignedField::exact, 300);
        exact.getStyleClass().add("mono");
        getColumns().add(exact);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label("Nothing to sign yet."));
        setFixedCellSize(24);
    }

    public void show(List<SignedField> rows) {
        getItems().setAll(rows);
        setPrefHeight(28 + 24 * Math.min(12, Math.max(1, rows.size())) + 4);
    }

    private static TableColumn<SignedField, String> column(String name, java.util.function.Function<SignedField, String> value, double width) {
        TableColumn<SignedField, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
