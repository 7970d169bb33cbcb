package org.steward.treasury.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Where the workspace's status line shows: beside the buttons last pressed, so the result of
 * "Queue ETH payment" is read where the eye is, not at the foot of a long form. One label follows
 * the status at a time; the one left behind is cleared, so another tab never shows a stale line.
 */
final class ResultBeside {

    private final ObservableStringValue status;
    private Label current;

    ResultBeside(ObservableStringValue status) {
        this.status = status;
    }

    /** {@code buttons} and, after them, the label that shows the outcome once one of them is pressed. */
    HBox row(Button... buttons) {
        Label result = label();
        for (Button b : buttons) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            var action = b.getOnAction();
            b.setOnAction(e -> {
                follow(result);
                if (action != null) {
                    action.handle(e);
                }
            });
        }
        HBox row = new HBox(8, buttons);
        row.getChildren().add(result);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(result, Priority.ALWAYS);
        return row;
    }

    /** A result label that follows the status from now on (the tab whose lines the refresh reports). */
    Label followed() {
        Label l = label();
        follow(l);
        return l;
    }

    private void follow(Label next) {
        if (current == next) {
            return;
        }
        if (current != null) {
            current.textProperty().unbind();
            current.setText("");
        }
        current = next;
        next.textProperty().bind(status);
    }

    private static Label label() {
        Label l = new Label();
        l.setWrapText(true);
        l.setMinWidth(120);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("treasury-status");
        return l;
    }
}
