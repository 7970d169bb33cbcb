package org.steward.app.history.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.steward.core.history.SignedItems;
import org.steward.ui.View;
import org.steward.ui.control.FilterBar;
import org.steward.app.history.HistoryLinks;

/** The history table: what was signed, by whom, about what, and whether it was sent. */
public final class HistoryView extends View<HistoryViewModel> {

    public HistoryView(HistoryViewModel model) {
        super(model);
    }

    @Override
    protected Parent build() {
        HistoryViewModel m = model();
        javafx.scene.control.Button export = new javafx.scene.control.Button("Export CSV…");
        export.setId("history-export");
        export.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setInitialFileName("steward-history.csv");
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"));
            java.io.File file = chooser.showSaveDialog(export.getScene().getWindow());
            if (file != null) {
                m.exportCsv(file.toPath());
            }
        });
        javafx.scene.control.ComboBox<HistoryViewModel.Show> show = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(HistoryViewModel.Show.values()));
        show.setId("history-show");
        show.valueProperty().bindBidirectional(m.showProperty());
        javafx.scene.control.Button open = new javafx.scene.control.Button("Open what it was about");
        open.setId("history-open");
        FilterBar top = new FilterBar("history", "Search kind, status, signer, digest or subject", m.filterProperty(), m.statusProperty(),
                show, open, export);

        TableView<SignedItems.Item> table = new TableView<>(m.visibleRows());
        org.steward.ui.control.FitColumns.install(table);
        table.setId("history-table");
        Label empty = new Label();
        empty.textProperty().bind(m.emptyTextProperty());
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns().addAll(
                column("When", i -> org.steward.core.format.Timestamps.local().text(i.createdAt().getEpochSecond()), 240),
                column("Kind", SignedItems.Item::kind, 120),
                column("Status", SignedItems.Item::status, 70),
                column("Signer", i -> org.steward.ui.control.AddressNames.brief(i.signer()), 110),
                column("About", i -> i.subject() == null ? "" : i.subject(), 220),
                column("Digest", SignedItems.Item::digest, 300),
                column("Receipt", i -> i.receiptJson().orElse(""), 300));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().map(i -> HistoryLinks.target(i).isEmpty()).orElse(true));
        open.setOnAction(e -> m.open(table.getSelectionModel().getSelectedItem()));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                m.open(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                m.open(table.getSelectionModel().getSelectedItem());
            }
        });
        BorderPane page = new BorderPane(table, top, null, null, null);
        page.setId("history");
        page.getStyleClass().add("screen");
        return page;
    }

    private static TableColumn<SignedItems.Item, String> column(String title, Function<SignedItems.Item, String> value, double width) {
        TableColumn<SignedItems.Item, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
