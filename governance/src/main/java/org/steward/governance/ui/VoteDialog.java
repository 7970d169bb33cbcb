package org.steward.governance.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.ui.control.SigningAccountLine;
import org.steward.ui.View;
import org.steward.ui.signing.SigningPreviewPane;

/** Choose, review the exact typed data and hashes, then sign on the device. */
public final class VoteDialog extends View<VoteViewModel> {

    private Runnable closer = () -> { };
    private java.util.function.Consumer<Window> accountChooser;

    public VoteDialog(VoteViewModel model) {
        super(model);
    }

    /** Opens the dialog over {@code owner}; it closes itself only when the person closes it. */
    public void show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Vote: " + model().proposal().title());
        Scene scene = new Scene(root(), 780, 700);
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

    /**
     * Adds "Change account…" beside the signing line: {@code chooser} opens the account choice over
     * the dialog's window, which stays open with what the person picked; once another account is
     * chosen the line names it and the model's {@link VoteViewModel#accountChanged()} voids the review.
     */
    public VoteDialog withAccountChooser(java.util.function.Consumer<Window> chooser) {
        accountChooser = java.util.Objects.requireNonNull(chooser);
        return this;
    }

    @Override
    protected Parent build() {
        VoteViewModel m = model();
        Label title = proposalTitle(m.proposal());
        VBox choices = choices(m);
        TextField reason = reasonField(m);
        HBox actions = actions(m);
        HBox signerLine = signerLine(m);
        TextArea reviewText = reviewText(m);
        Label status = status(m);
        SigningPreviewPane preview = new SigningPreviewPane("vote-preview");
        preview.requestProperty().bind(m.signingProperty());
        // The result right under the buttons that made it, the review and what the device will show below it.
        VBox page = new VBox(10, title, choices, reason, signerLine, actions, status, reviewText, preview);
        page.setPadding(new Insets(16));
        page.setId("vote-dialog");
        // The device's screens and the signed fields make the review taller than the dialog: it scrolls.
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Label proposalTitle(HubProposal p) {
        Label title = new Label(p.title());
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        return title;
    }

    private static VBox choices(VoteViewModel m) {
        VBox choices = new VBox(8);
        choices.setId("vote-choices");
        m.draft().ifPresent(draft -> {
            Label instruction = new Label(ChoiceControls.instruction(draft.type()));
            instruction.setId("vote-instruction");
            instruction.setWrapText(true);
            instruction.getStyleClass().add("text-muted");
            Label summary = new Label();
            summary.setId("vote-summary");
            summary.setWrapText(true);
            summary.textProperty().bind(Bindings.createStringBinding(() -> draft.summaryProperty().get().isEmpty() ? ""
                    : "Your vote: " + draft.summaryProperty().get(), draft.summaryProperty()));
            Label problem = new Label();
            problem.setId("vote-choice-problem");
            problem.setWrapText(true);
            problem.getStyleClass().add("danger");
            problem.textProperty().bind(draft.problemProperty());
            choices.getChildren().addAll(instruction, ChoiceControls.of(draft), summary, problem);
            for (Label l : new Label[] {summary, problem}) {
                l.managedProperty().bind(l.textProperty().isNotEmpty());
                l.visibleProperty().bind(l.managedProperty());
            }
        });
        return choices;
    }

    private static TextField reasonField(VoteViewModel m) {
        TextField reason = new TextField();
        reason.setId("vote-reason");
        reason.setPromptText("Reason (optional, public)");
        reason.textProperty().bindBidirectional(m.reasonProperty());
        return reason;
    }

    private HBox actions(VoteViewModel m) {
        Button review = new Button("Review what will be signed");
        review.setId("vote-review");
        review.disableProperty().bind(m.busyProperty().or(m.chosenProperty().not()).or(m.doneProperty()));
        review.setOnAction(e -> m.review());
        Button sign = new Button("Sign on device");
        sign.setId("vote-sign");
        sign.getStyleClass().add("accent");
        sign.disableProperty().bind(m.busyProperty().or(m.reviewedProperty().not()).or(m.doneProperty()));
        sign.setOnAction(e -> m.sign());
        Button close = new Button();
        close.setId("vote-close");
        close.textProperty().bind(Bindings.when(m.doneProperty()).then("Close").otherwise("Cancel"));
        close.setCancelButton(true);
        close.setOnAction(e -> {
            m.cancel();
            closer.run();
        });
        HBox actions = new HBox(8, review, sign, close, reviewHint(m));
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    private static Label reviewHint(VoteViewModel m) {
        // Why Review is unavailable, beside it, in words; no alarm before the person did anything.
        Label hint = new Label();
        hint.setId("vote-hint");
        hint.getStyleClass().add("text-muted");
        hint.textProperty().bind(Bindings.createStringBinding(() -> m.chosenProperty().get() || m.doneProperty().get() ? ""
                : "Make your choice above to review the vote.", m.chosenProperty(), m.doneProperty()));
        return hint;
    }

    private HBox signerLine(VoteViewModel m) {
        Label signer = SigningAccountLine.label("vote-signer");
        HBox.setHgrow(signer, Priority.ALWAYS);
        HBox signerLine = new HBox(8, signer);
        signerLine.setAlignment(Pos.CENTER_LEFT);
        if (accountChooser != null) {
            Hyperlink change = new Hyperlink("Change account…");
            change.setId("vote-change-account");
            change.setMinWidth(Region.USE_PREF_SIZE);
            change.disableProperty().bind(m.busyProperty().or(m.doneProperty()));
            change.setOnAction(e -> accountChooser.accept(change.getScene().getWindow()));
            signerLine.getChildren().add(change);
        }
        return signerLine;
    }

    private static TextArea reviewText(VoteViewModel m) {
        TextArea reviewText = new TextArea();
        reviewText.setId("vote-review-text");
        reviewText.setEditable(false);
        reviewText.setWrapText(true);
        reviewText.getStyleClass().add("md-code-block");
        reviewText.textProperty().bind(m.reviewProperty());
        reviewText.setPrefRowCount(8);
        VBox.setVgrow(reviewText, Priority.ALWAYS);
        // Shown once there is something to check, so an empty box does not sit where the review will be.
        reviewText.visibleProperty().bind(m.reviewProperty().isNotEmpty());
        reviewText.managedProperty().bind(reviewText.visibleProperty());
        return reviewText;
    }

    private static Label status(VoteViewModel m) {
        Label status = new Label();
        status.setId("vote-status");
        status.setWrapText(true);
        status.textProperty().bind(m.statusProperty());
        return status;
    }
}
