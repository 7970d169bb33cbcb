package org.steward.ui.control;

import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The strip above a list screen: a free-text filter bound to the model, any extra controls, and
 * the model's status line. Node ids are {@code <prefix>-filter} and {@code <prefix>-status}.
 */
public final class FilterBar extends HBox {

    public FilterBar(String idPrefix, String prompt, Property<String> filter, ObservableValue<String> status, Node... extra) {
        super(8);
        TextField field = new TextField();
        field.setId(idPrefix + "-filter");
        field.getStyleClass().add("filter-field");
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(filter);
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMinWidth(160);
        Label statusLabel = new Label();
        statusLabel.setId(idPrefix + "-status");
        statusLabel.textProperty().bind(status);
        // When the strip is narrow the status wraps and the field narrows; the buttons keep their words.
        statusLabel.setWrapText(true);
        statusLabel.setMinWidth(160);
        statusLabel.setMinHeight(Region.USE_PREF_SIZE);
        for (Node n : extra) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        getChildren().add(field);
        getChildren().addAll(extra);
        getChildren().add(statusLabel);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setPadding(new Insets(8));
    }
}
