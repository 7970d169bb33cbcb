package org.steward.ui.review;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.steward.core.chain.PreparedCall;

/** What will be signed, shown before the device is asked: decoded call, recipient, value and the device's text. */
public final class ReviewPane extends VBox {

    public ReviewPane(TransactionReview review, String idPrefix) {
        super(6);
        getStyleClass().add("review-pane");
        Label title = new Label();
        title.getStyleClass().add("title-4");
        TextArea decoded = new TextArea();
        decoded.setEditable(false);
        decoded.setPrefRowCount(5);
        decoded.getStyleClass().add("mono");
        decoded.setId(idPrefix + "-review-decoded");
        TextArea device = new TextArea();
        device.setEditable(false);
        device.setPrefRowCount(3);
        device.getStyleClass().add("mono");
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
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(review.busy());
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

        VBox details = new VBox(6, title, org.steward.ui.control.SigningAccountLine.withChange(idPrefix + "-review-signer"),
                new Label("Steward decoded the call data it built:"), decoded, simulated,
                new Label("Your device will show:"), device, new HBox(8, sign, cancel));
        details.visibleProperty().bind(review.pending().isNotNull());
        details.managedProperty().bind(details.visibleProperty());
        review.pending().addListener((obs, before, now) -> show(now, title, decoded, device));
        getChildren().addAll(details, new HBox(8, busy, outcome));
    }

    private static void show(PreparedCall call, Label title, TextArea decoded, TextArea device) {
        if (call == null) {
            return;
        }
        title.setText(call.title());
        decoded.setText(org.steward.ui.control.AddressNames.annotate(call.decoded()));
        device.setText(call.deviceText());
    }
}
