package org.steward.app.addressbook.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import java.util.List;
import org.steward.core.addressbook.AddressBookEntry;
import org.steward.core.addressbook.ImportReview;
import org.steward.core.text.OutsideText;
import org.steward.ui.View;

/** The address book as a table, an add form, and CSV in the Safe{Wallet} format. */
public final class AddressBookView extends View<AddressBookViewModel> {

    public AddressBookView(AddressBookViewModel model) {
        super(model);
    }

    @Override
    protected Parent build() {
        AddressBookViewModel m = model();
        TableView<AddressBookEntry> table = new TableView<>(m.entries());
        org.steward.ui.control.FitColumns.install(table);
        table.setId("address-book-table");
        table.setPrefHeight(220);
        table.setPlaceholder(new Label("Saved addresses show their names here and wherever Steward warns about look-alikes."));
        table.getColumns().add(column("Name", e -> OutsideText.line(e.name()), 180));
        table.getColumns().add(column("Address", e -> e.address().checksummed(), 360));
        table.getColumns().add(column("Chain", e -> Long.toString(e.chainId().value()), 70));
        TextField address = new TextField();
        address.setId("address-book-address");
        address.setPromptText("0x… address");
        address.textProperty().bindBidirectional(m.address());
        TextField name = new TextField();
        name.setId("address-book-name");
        name.setPromptText("name");
        name.textProperty().bindBidirectional(m.name());
        Button add = new Button("Save");
        add.setId("address-book-add");
        add.setOnAction(e -> m.add());
        address.setOnAction(e -> name.requestFocus());
        name.setOnAction(e -> m.add());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                m.remove(table.getSelectionModel().getSelectedItem());
            }
        });
        Button remove = new Button("Remove selected");
        remove.setOnAction(e -> m.remove(table.getSelectionModel().getSelectedItem()));
        TextArea csv = new TextArea();
        csv.setId("address-book-csv");
        csv.setPromptText("address,name,chainId (Safe{Wallet}'s address book export)");
        csv.setPrefRowCount(4);
        m.exported().addListener((obs, before, now) -> csv.setText(now));
        Button importCsv = new Button("Import CSV");
        importCsv.setId("address-book-import");
        importCsv.setOnAction(e -> m.importCsv(csv.getText()));
        Button exportCsv = new Button("Export CSV");
        exportCsv.setId("address-book-export");
        exportCsv.setOnAction(e -> m.exportCsv());
        Label status = new Label();
        status.setId("address-book-status");
        status.setWrapText(true);
        status.textProperty().bind(m.status());
        m.importReview().addListener((javafx.collections.ListChangeListener<ImportReview.Item>) c -> {
            if (!m.importReview().isEmpty()) {
                new ImportReviewDialog(List.copyOf(m.importReview())).showAndWait().ifPresentOrElse(ok -> {
                    if (ok) {
                        m.confirmImport();
                    } else {
                        m.cancelImport();
                    }
                }, m::cancelImport);
            }
        });
        return new VBox(8, table, new HBox(8, address, name, add, remove), csv, new HBox(8, importCsv, exportCsv), status);
    }

    private static TableColumn<AddressBookEntry, String> column(String title, java.util.function.Function<AddressBookEntry, String> value, double width) {
        TableColumn<AddressBookEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
