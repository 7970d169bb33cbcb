package org.steward.governance.ui;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.snapshot.VotingType;
import org.steward.ui.View;

/** Choose, review the exact typed data and hashes, then sign on the device. */
public final class VoteDialog extends View<VoteViewModel> {

    private Runnable closer = () -> { };

    public VoteDialog(VoteViewModel model) {
        super(model);
    }

    /** Opens the dialog over {@code owner}; it closes itself only when the person closes it. */
    public void show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Vote: " + model().proposal().title());
        Scene scene = new Scene(root(), 760, 640);
        closer = stage::close;
        stage.setOnHidden(e -> model().cancel());
        // A filter, not a handler: a focused text field must not swallow the Esc that closes the dialog.
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
    }

    @Override
    protected Parent build() {
        VoteViewModel m = model();
        HubProposal p = m.proposal();
        VBox choices = new VBox(4);
        choices.setId("vote-choices");
        VotingType type = p.votingType().orElse(null);
        if (type == VotingType.SINGLE_CHOICE || type == VotingType.BASIC) {
            ToggleGroup group = new ToggleGroup();
            for (int i = 0; i < p.choices().size(); i++) {
                RadioButton r = new RadioButton(p.choices().get(i));
                r.setId("vote-choice-" + (i + 1));
                r.setToggleGroup(group);
                String value = Integer.toString(i + 1);
                r.setOnAction(e -> m.choiceProperty().set(value));
                choices.getChildren().add(r);
            }
        } else {
            StringBuilder numbered = new StringBuilder();
            for (int i = 0; i < p.choices().size(); i++) {
                numbered.append(i + 1).append(". ").append(p.choices().get(i)).append('\n');
            }
            TextField json = new TextField();
            json.setId("vote-choice-json");
            json.setPromptText(type == VotingType.WEIGHTED || type == VotingType.QUADRATIC ? "weights, e.g. {\"1\":2,\"3\":1}" : "choices in order, e.g. [2,1,3]");
            json.textProperty().bindBidirectional(m.choiceProperty());
            choices.getChildren().addAll(new Label(numbered.toString().strip()), json);
        }
        TextField reason = new TextField();
        reason.setId("vote-reason");
        reason.setPromptText("Reason (optional, public)");
        reason.textProperty().bindBidirectional(m.reasonProperty());

        Button review = new Button("Review what will be signed");
        review.setId("vote-review");
        review.disableProperty().bind(m.busyProperty());
        review.setOnAction(e -> m.review());
        Button sign = new Button("Sign on device");
        sign.setId("vote-sign");
        sign.getStyleClass().add("accent");
        sign.disableProperty().bind(m.busyProperty().or(m.reviewedProperty().not()).or(m.doneProperty()));
        sign.setOnAction(e -> m.sign());
        Button close = new Button();
        close.setId("vote-close");
        close.textProperty().bind(javafx.beans.binding.Bindings.when(m.doneProperty()).then("Close").otherwise("Cancel"));
        close.setCancelButton(true);
        close.setOnAction(e -> {
            m.cancel();
            closer.run();
        });

        TextArea reviewText = new TextArea();
        reviewText.setId("vote-review-text");
        reviewText.setEditable(false);
        reviewText.getStyleClass().add("md-code-block");
        reviewText.textProperty().bind(m.reviewProperty());
        Label status = new Label();
        status.setId("vote-status");
        status.setWrapText(true);
        status.textProperty().bind(m.statusProperty());

        org.steward.ui.signing.SigningPreviewPane preview = new org.steward.ui.signing.SigningPreviewPane("vote-preview");
        preview.requestProperty().bind(m.signingProperty());
        reviewText.setPrefRowCount(7);
        VBox page = new VBox(10, new Label(p.title()), choices, reason, org.steward.ui.control.SigningAccountLine.label("vote-signer"),
                new HBox(8, review, sign, close), reviewText, status, preview);
        page.setPadding(new Insets(16));
        page.setId("vote-dialog");
        // The device's screens and the signed fields make the review taller than the dialog: it scrolls.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(page);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
