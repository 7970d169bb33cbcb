package org.steward.registry.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.steward.core.format.Timestamps;
import org.steward.registry.domain.Dispute;
import org.steward.registry.service.RegistryDesk;
import org.steward.ui.control.FitColumns;
import org.steward.ui.control.ValueCells;

/** The Disputes tab: every challenge with the proposal that decides it, and Propose slash for the selected one. */
final class DisputesTab {

    private DisputesTab() {
    }

    static Parent build(RegistryWorkspaceViewModel m) {
        Label status = new Label();
        status.textProperty().bind(m.status());
        TableView<Dispute> table = disputesTable(m);
        VBox box = new VBox(8, status, table, slashForm(m, table), FormProblem.of("slash-problem", m.slashProblem()));
        box.setPadding(new Insets(8));
        return box;
    }

    private static TableView<Dispute> disputesTable(RegistryWorkspaceViewModel m) {
        TableView<Dispute> table = new TableView<>(m.disputes());
        FitColumns.install(table);
        table.setId("disputes-table");
        table.setPlaceholder(new Label("No challenge yet."));
        table.getColumns().add(column("Challenge", d -> "#" + d.challengeId(), 80));
        table.getColumns().add(column("Model", d -> "#" + d.modelId(), 70));
        table.getColumns().add(column("Outcome", Dispute::outcome, 150));
        TableColumn<Dispute, Dispute> deadline = new TableColumn<>("Deadline");
        deadline.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        // Relative to the chain's head time, as the deadline itself is.
        deadline.setCellFactory(ValueCells.table(d -> chainTime(m).shown(d.deadline())));
        deadline.setPrefWidth(260);
        table.getColumns().add(deadline);
        table.getColumns().add(column("Deciding proposal", d -> d.proposalTitle().map(t -> t + " (" + d.proposalState().orElse("?") + ")")
                .orElse("none yet"), 260));
        table.getColumns().add(column("Warning", d -> d.warning().orElse(""), 360));
        return table;
    }

    /** Propose slash: a percent of the model's stake (the registry's own limit applies) and why, for the proposal's voters. */
    private static Node slashForm(RegistryWorkspaceViewModel m, TableView<Dispute> table) {
        TextField percent = new TextField("25");
        percent.setId("slash-percent");
        percent.setPrefColumnCount(4);
        Label slash = new Label("Slash");
        slash.setLabelFor(percent);
        Label unit = new Label("% of the stake");
        TextField reason = new TextField();
        reason.setId("slash-reason");
        reason.setPromptText("Why (goes into the proposal)");
        reason.setPrefColumnCount(24);
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button propose = new Button("Propose slash…");
        propose.setId("propose-slash");
        propose.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        propose.setOnAction(e -> m.proposeSlash(table.getSelectionModel().getSelectedItem(), percent.getText(), reason.getText()));
        for (Region r : new Region[] {slash, unit, propose}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox form = new HBox(8, slash, percent, unit, reason, propose);
        form.setAlignment(Pos.CENTER_LEFT);
        return form;
    }

    /** The chain's head time of the last refresh (the machine's clock before the first), as the deadline itself is. */
    private static Timestamps chainTime(RegistryWorkspaceViewModel m) {
        RegistryDesk.Data d = m.data().get();
        return d == null ? Timestamps.local() : RegistryWorkspaceViewModel.chainTime(d);
    }

    private static TableColumn<Dispute, String> column(String name, Function<Dispute, String> value, double width) {
        TableColumn<Dispute, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
