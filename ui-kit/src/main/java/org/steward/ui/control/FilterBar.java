package org.steward.ui.control;

import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

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
        Label statusLabel = new Label();
        statusLabel.setId(idPrefix + "-status");
        statusLabel.textProperty().bind(status);
        getChildren().add(field);
        getChildren().addAll(extra);
        getChildren().add(statusLabel);
        setPadding(new Insets(8));
    }
}
