package org.steward.registry.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** What is wrong with a form, under the button that read it; it takes no room while there is nothing to say. */
final class FormProblem {

    private FormProblem() {
    }

    static Label of(String id, ObservableStringValue text) {
        Label problem = note(id, text);
        problem.getStyleClass().add("danger");
        return problem;
    }

    /** A wrapped line bound to {@code text}, shown only while it says something. */
    static Label note(String id, ObservableStringValue text) {
        Label note = new Label();
        note.setId(id);
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(text);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }
}
