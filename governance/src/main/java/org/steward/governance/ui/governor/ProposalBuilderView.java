package org.steward.governance.ui.governor;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.steward.core.governor.ProposalAction;
import org.steward.governance.domain.governor.KnownCalls;
import org.steward.ui.View;
import org.steward.ui.abi.CallBuilderPane;
import org.steward.ui.review.ReviewPane;

/** Writes a Governor proposal: actions from the call builder, a description, the full preview with its id. */
public final class ProposalBuilderView extends View<ProposalBuilderViewModel> {

    public ProposalBuilderView(ProposalBuilderViewModel model) {
        super(model);
    }

    @Override
    protected Parent build() {
        ProposalBuilderViewModel m = model();
        TextField target = new TextField();
        target.setId("builder-target");
        target.setPromptText("0x… contract the action calls");
        target.textProperty().bindBidirectional(m.target());
        Label targetName = new Label();
        targetName.setId("builder-target-name");
        targetName.getStyleClass().add("text-muted");
        targetName.textProperty().bind(m.targetName());
        TextField value = new TextField();
        value.setId("builder-value");
        value.setPromptText("ETH value in wei");
        value.textProperty().bindBidirectional(m.value());
        Label valueInEther = new Label();
        valueInEther.setId("builder-value-ether");
        valueInEther.getStyleClass().add("text-muted");
        valueInEther.textProperty().bind(m.valueInEther());
        Button add = new Button("Add this action");
        add.setId("builder-add");
        add.setOnAction(e -> m.addAction());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(m.actionError());

        ListView<ProposalAction> list = new ListView<>(m.actions());
        list.setId("builder-actions");
        list.setPrefHeight(120);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ProposalAction a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : KnownCalls.describe(a));
            }
        });
        Button remove = new Button("Remove selected action");
        remove.setOnAction(e -> m.removeAction(list.getSelectionModel().getSelectedIndex()));

        TextArea description = new TextArea();
        description.setId("builder-description");
        description.setPromptText("# Title\n\nWhat the proposal does and why (Markdown)");
        description.setPrefRowCount(6);
        description.textProperty().bindBidirectional(m.description());
        TextArea preview = new TextArea();
        preview.setId("builder-preview");
        preview.setEditable(false);
        preview.setPrefRowCount(8);
        preview.getStyleClass().add("mono");
        preview.textProperty().bind(m.preview());
        Button propose = new Button("Propose…");
        propose.setId("builder-propose");
        propose.disableProperty().bind(m.review().busy());
        propose.setOnAction(e -> m.propose());

        VBox root = new VBox(8, new HBox(8, new Label("Target"), targetName), target, new HBox(8, new Label("Value (wei)"), valueInEther), value, new CallBuilderPane(m.call()).root(),
                new HBox(8, add, remove), error, new Label("Actions"), list, new Label("Description"), description,
                new Label("The proposal"), preview, propose, new ReviewPane(m.review(), "builder"));
        root.setPadding(new javafx.geometry.Insets(12));
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.setId("governor-builder");
        return scroll;
    }
}
