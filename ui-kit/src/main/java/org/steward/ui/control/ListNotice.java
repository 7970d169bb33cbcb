package org.steward.ui.control;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/**
 * The lines a list read from chain logs says above its items: a reorganisation and its depth, the
 * logs that could not be read (core {@code LogListNotice}). Hidden, taking no space, while empty.
 */
public final class ListNotice extends Label {

    public ListNotice(String id, ObservableStringValue text) {
        setId(id);
        getStyleClass().add("warning-text");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        textProperty().bind(text);
        managedProperty().bind(visibleProperty());
        visibleProperty().bind(textProperty().isNotEmpty());
    }
}
