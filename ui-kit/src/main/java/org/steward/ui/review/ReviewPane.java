package org.steward.ui.review;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.steward.core.chain.PreparedCall;
import org.steward.ui.signing.SigningPreviewPane;

/**
 * What will be signed, shown before the device is asked: the decoded call as a tree, the simulation,
 * and the screens the device will show for the exact transaction drafted for it (or, when none was
 * drafted, the device's text as the Ethereum app shows a contract call).
 */
public final class ReviewPane extends VBox {

    public ReviewPane(TransactionReview review, String idPrefix) {
        super(6);
        getStyleClass().add("review-pane");
        Label title = new Label();
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        CallTreeView decoded = new CallTreeView(idPrefix + "-review-decoded");
        decoded.callProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> review.pending().get() == null ? null : review.pending().get().calls(), review.pending()));
        TextArea device = new TextArea();
        device.setEditable(false);
        device.setPrefRowCount(3);
        device.getStyleClass().add("mono");
        device.setId(idPrefix + "-review-device-text");
        device.visibleProperty().bind(review.signing().isNull());
        device.managedProperty().bind(device.visibleProperty());
        SigningPreviewPane preview = new SigningPreviewPane(idPrefix + "-review-preview");
        preview.requestProperty().bind(review.signing());
        Button sign = new Button("Sign on device and send");
        sign.setId(idPrefix + "-review-sign");
        sign.setDefaultButton(true);
        sign.setOnAction(e -> review.confirm());
        // One press, one signature: nothing to sign once the call was sent (or before one is prepared).
        sign.disableProperty().bind(review.busy().or(review.pending().isNull()));
        Button cancel = new Button("Cancel");
        cancel.setId(idPrefix + "-review-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> review.cancel());
        ProgressIndicator busy = spinner(review);
        // beside the buttons too: while the device is asked, the row at the bottom is below the device's screens
        ProgressIndicator signing = spinner(review);
        Label outcome = new Label();
        outcome.setId(idPrefix + "-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(review.outcome());

        TextArea simulated = new TextArea();
        simulated.setEditable(false);
        simulated.setPrefRowCount(6);
        simulated.getStyleClass().add("mono");
        simulated.setId(idPrefix + "-review-simulation");
        simulated.textProperty().bind(review.simulation());
        simulated.visibleProperty().bind(review.simulation().isNotEmpty());
        simulated.managedProperty().bind(simulated.visibleProperty());

        // The buttons come before the device's screens: those are tall, and the device shows them again when asked.
        VBox details = new VBox(6, title, org.steward.ui.control.SigningAccountLine.withChange(idPrefix + "-review-signer"),
                new Label("Steward decoded the call data it built:"), decoded, simulated, new HBox(8, sign, cancel, signing),
                new Label("Your device will show:"), device, preview);
        details.visibleProperty().bind(review.pending().isNotNull());
        details.managedProperty().bind(details.visibleProperty());
        review.pending().addListener((obs, before, now) -> show(now, title, device));
        getChildren().addAll(details, new HBox(8, busy, outcome));
    }

    private static ProgressIndicator spinner(TransactionReview review) {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(review.busy());
        return busy;
    }

    private static void show(PreparedCall call, Label title, TextArea device) {
        if (call == null) {
            return;
        }
        title.setText(call.title());
        device.setText(call.deviceText());
    }
}
