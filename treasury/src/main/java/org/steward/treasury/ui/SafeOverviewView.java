package org.steward.treasury.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.steward.core.eth.Address;
import org.steward.treasury.domain.SafeState;
import org.steward.ui.View;
import org.steward.core.format.Shown;
import org.steward.ui.control.AddressLabel;
import org.steward.ui.control.ValueCells;
import org.steward.ui.control.ValueLabel;
import org.steward.core.format.Amounts;

/** The Safe's controls and holdings, read live from the chain. */
public final class SafeOverviewView extends View<SafeOverviewViewModel> {

    public SafeOverviewView(SafeOverviewViewModel model) {
        super(model);
    }

    @Override
    protected Parent build() {
        SafeOverviewViewModel m = model();
        Label assetsTitle = new Label("Tokens");
        assetsTitle.getStyleClass().add("title-4");
        VBox page = new VBox(12, refreshLine(m), warnings(m), facts(m), assetsTitle, assetsTable(m));
        page.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("treasury");
        scroll.getStyleClass().add("screen");
        return scroll;
    }

    /** Refresh and what the last read said. */
    private static HBox refreshLine(SafeOverviewViewModel m) {
        Label status = new Label();
        status.setId("safe-status");
        status.textProperty().bind(m.statusProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("safe-refresh");
        refresh.setOnAction(e -> m.refresh());
        return new HBox(8, refresh, status);
    }

    /** One line per way around the threshold. */
    private static VBox warnings(SafeOverviewViewModel m) {
        VBox warnings = new VBox(4);
        warnings.setId("safe-warnings");
        m.warnings().addListener((javafx.collections.ListChangeListener<String>) c ->
                warnings.getChildren().setAll(m.warnings().stream().map(w -> {
                    Label l = new Label("⚠ " + w);
                    l.getStyleClass().add("safe-warning");
                    l.setWrapText(true);
                    return l;
                }).toList()));
        return warnings;
    }

    /** Who controls the Safe, filled again on every read. */
    private static GridPane facts(SafeOverviewViewModel m) {
        GridPane facts = new GridPane();
        facts.setId("safe-facts");
        facts.setHgap(16);
        facts.setVgap(6);
        m.stateProperty().addListener((obs, before, s) -> fill(facts, s));
        return facts;
    }

    private static void fill(GridPane facts, SafeState s) {
        facts.getChildren().clear();
        int row = 0;
        row = line(facts, row, "Safe", new AddressLabel(s.safe()));
        row = line(facts, row, "Version", text("safe-version", s.version().toString()));
        row = line(facts, row, "Policy", text("safe-policy", SafeOverviewViewModel.policy(s)));
        VBox owners = new VBox(2);
        owners.setId("safe-owners");
        s.owners().forEach(o -> owners.getChildren().add(new AddressLabel(o)));
        row = line(facts, row, "Owners", owners);
        row = line(facts, row, "Next nonce", text("safe-nonce", s.nonce().toString()));
        ValueLabel balance = new ValueLabel(Amounts.etherShown(s.balance()));
        balance.setId("safe-balance");
        row = line(facts, row, "Balance", balance);
        row = line(facts, row, "Modules", text("safe-modules", s.modules().isEmpty() ? "none" : s.modules().toString()));
        row = line(facts, row, "Guard", addressOrNone(s.guard()));
        row = line(facts, row, "Fallback handler", addressOrNone(s.fallbackHandler()));
        line(facts, row, "Singleton", addressOrNone(s.singleton()));
    }

    /** Each token: what it calls itself, its symbol, the balance in whole tokens (exact on hover, copy on right-click). */
    private static TableView<AssetRow> assetsTable(SafeOverviewViewModel m) {
        TableView<AssetRow> table = new TableView<>(m.assets());
        table.setId("safe-assets");
        table.setPlaceholder(new Label("Reading the Safe's balances…"));
        TableColumn<AssetRow, AssetRow> token = column("Token", 260);
        token.setCellFactory(ValueCells.table(r -> new Shown(r.name(), r.token().checksummed())));
        TableColumn<AssetRow, AssetRow> symbol = column("Symbol", 100);
        symbol.setCellFactory(ValueCells.table(r -> Shown.plain(r.symbol())));
        TableColumn<AssetRow, AssetRow> balance = column("Balance", 220);
        balance.setId("safe-assets-balance");
        balance.setCellFactory(ValueCells.table(AssetRow::balance));
        table.getColumns().addAll(List.of(token, symbol, balance));
        table.setFixedCellSize(30);
        // As tall as its rows: the page scrolls, the table does not.
        table.prefHeightProperty().bind(Bindings.size(m.assets()).add(1.3).multiply(30));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TableColumn<AssetRow, AssetRow> column(String title, double width) {
        TableColumn<AssetRow, AssetRow> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setPrefWidth(width);
        return c;
    }

    private static Node addressOrNone(Address a) {
        return a.equals(Address.ZERO) ? new Label("none") : new AddressLabel(a);
    }

    private static Label text(String id, String value) {
        Label l = new Label(value);
        l.setId(id);
        return l;
    }

    private static int line(GridPane grid, int row, String name, Node value) {
        Label key = new Label(name);
        key.getStyleClass().add("text-muted");
        key.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, key, value);
        return row + 1;
    }
}
