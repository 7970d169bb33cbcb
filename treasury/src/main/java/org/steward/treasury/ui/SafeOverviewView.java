package org.steward.treasury.ui;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.steward.core.eth.Address;
import org.steward.treasury.domain.SafeState;
import org.steward.ui.View;
import org.steward.ui.control.AddressLabel;

/** The Safe's controls and holdings, read live from the chain. */
public final class SafeOverviewView extends View<SafeOverviewViewModel> {

    public SafeOverviewView(SafeOverviewViewModel model) {
        super(model);
    }

    @Override
    protected Parent build() {
        SafeOverviewViewModel m = model();
        Label status = new Label();
        status.setId("safe-status");
        status.textProperty().bind(m.statusProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("safe-refresh");
        refresh.setOnAction(e -> m.refresh());
        HBox top = new HBox(8, refresh, status);

        VBox warnings = new VBox(4);
        warnings.setId("safe-warnings");
        m.warnings().addListener((javafx.collections.ListChangeListener<String>) c ->
                warnings.getChildren().setAll(m.warnings().stream().map(w -> {
                    Label l = new Label("⚠ " + w);
                    l.getStyleClass().add("safe-warning");
                    l.setWrapText(true);
                    return l;
                }).toList()));

        GridPane facts = new GridPane();
        facts.setId("safe-facts");
        facts.setHgap(16);
        facts.setVgap(6);
        m.stateProperty().addListener((obs, before, s) -> fill(facts, s));

        VBox page = new VBox(12, top, warnings, facts);
        page.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("treasury");
        scroll.getStyleClass().add("screen");
        return scroll;
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
        row = line(facts, row, "Balance", text("safe-balance", s.balance().toEtherString() + " ETH"));
        if (!s.tokenBalances().isEmpty()) {
            row = line(facts, row, "Tokens", text("safe-tokens", SafeOverviewViewModel.tokenLines(s.tokenBalances())));
        }
        row = line(facts, row, "Modules", text("safe-modules", s.modules().isEmpty() ? "none" : s.modules().toString()));
        row = line(facts, row, "Guard", addressOrNone(s.guard()));
        row = line(facts, row, "Fallback handler", addressOrNone(s.fallbackHandler()));
        line(facts, row, "Singleton", addressOrNone(s.singleton()));
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
