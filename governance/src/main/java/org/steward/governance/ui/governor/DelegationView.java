package org.steward.governance.ui.governor;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.steward.ui.View;
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
        Label summary = new Label();
        summary.setId("delegation-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(m.summary());
        Label warning = new Label();
        warning.setId("delegation-warning");
        warning.setWrapText(true);
        warning.getStyleClass().add("warning-text");
        warning.textProperty().bind(m.warning());
        warning.visibleProperty().bind(m.warning().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        Button self = new Button("Delegate to myself");
        self.setId("delegation-self");
        self.disableProperty().bind(m.loaded().not().or(m.review().busy()));
        self.setOnAction(e -> m.delegateToSelf());
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
        VBox root = new VBox(10, new Label("Signing account"), account, summary, warning, new HBox(8, self, refresh),
                new Label("Or delegate to someone else"), to, toError, other, new ReviewPane(m.review(), "delegation"));
        root.setPadding(new javafx.geometry.Insets(12));
        root.setId("governor-delegation");
        return root;
    }
}
