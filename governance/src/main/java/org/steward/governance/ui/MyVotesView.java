package org.steward.governance.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.steward.ui.View;

/** "My votes": a virtualized table of every vote with its receipt. */
public final class MyVotesView extends View<MyVotesViewModel> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.systemDefault());

    public MyVotesView(MyVotesViewModel model) {
        super(model);
    }

    @Override
    protected Parent build() {
        TableView<VoteRecord> table = new TableView<>(model().rows());
        org.steward.ui.control.FitColumns.install(table);
        table.setId("my-votes-table");
        table.setPlaceholder(new Label("Votes you cast from Steward, and those the hub knows for your account, appear here."));
        table.getColumns().add(column("When", r -> WHEN.format(r.when()), 130));
        table.getColumns().add(column("Where", VoteRecord::where, 110));
        table.getColumns().add(column("Proposal", VoteRecord::proposal, 200));
        table.getColumns().add(column("Choice", VoteRecord::choice, 160));
        table.getColumns().add(column("Status", VoteRecord::status, 70));
        table.getColumns().add(column("Receipt", VoteRecord::receipt, 420));
        Label status = new Label();
        status.setId("my-votes-status");
        status.textProperty().bind(model().status());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> model().refresh());
        BorderPane root = new BorderPane(table, new HBox(8, refresh, status), null, null, null);
        root.setId("my-votes");
        return root;
    }

    private static TableColumn<VoteRecord, String> column(String name, Function<VoteRecord, String> value, double width) {
        TableColumn<VoteRecord, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
