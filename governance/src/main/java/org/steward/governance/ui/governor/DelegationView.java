package org.steward.governance.ui.governor;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.steward.ui.View;
import org.steward.ui.control.ValueLabel;
import org.steward.ui.review.ReviewPane;

/** Delegation: who carries the account's votes, with the warning when nobody does. */
public final class DelegationView extends View<DelegationViewModel> {

    public DelegationView(DelegationViewModel model) {
        super(model);
    }

    @Override
    protected Parent build() {
        DelegationViewModel m = model();
        Label account = new Label();
        account.getStyleClass().add("mono");
        account.textProperty().bind(m.account());
        ValueLabel summary = new ValueLabel();
        summary.setId("delegation-summary");
        summary.setWrapText(true);
        summary.valueProperty().bind(m.summary());
        ValueLabel warning = new ValueLabel();
        warning.setId("delegation-warning");
        warning.setWrapText(true);
        warning.getStyleClass().add("warning-text");
        warning.valueProperty().bind(m.warning());
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        Button self = new Button("Delegate to myself");
        self.setId("delegation-self");
        self.setMinWidth(Region.USE_PREF_SIZE);
        self.disableProperty().bind(m.canDelegateToSelf().not().or(m.review().busy()));
        self.setOnAction(e -> m.delegateToSelf());
        Label selfNote = new Label();
        selfNote.setId("delegation-self-note");
        selfNote.setWrapText(true);
        selfNote.getStyleClass().add("text-muted");
        selfNote.textProperty().bind(m.selfNote());
        TextField to = new TextField();
        to.setId("delegation-address");
        to.setPromptText("0x… address of a delegate you trust");
        to.textProperty().bindBidirectional(m.delegatee());
        Label toError = new Label();
        toError.getStyleClass().add("field-error");
        toError.textProperty().bind(m.delegateeError());
        Button other = new Button("Delegate to this address");
        other.setId("delegation-other");
        other.disableProperty().bind(m.loaded().not().or(m.delegateeError().isNotEmpty()).or(m.delegatee().isEmpty()).or(m.review().busy()));
        other.setOnAction(e -> m.delegateToAddress());
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> m.refresh());
        VBox root = new VBox(10, new Label("Signing account"), account, summary, warning, selfRow(self, refresh, selfNote),
                new Label("Or delegate to someone else"), to, toError, other, new ReviewPane(m.review(), "delegation"));
        root.setPadding(new javafx.geometry.Insets(12));
        root.setId("governor-delegation");
        return root;
    }

    /** The button keeps its words; the reason it is disabled wraps beside it. */
    private static HBox selfRow(Button self, Button refresh, Label note) {
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, self, refresh, note);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }
}
