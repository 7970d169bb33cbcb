package org.steward.ui.control;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;

/**
 * The account a signature will be made with, named the same way in every review (Snapshot vote,
 * Governor and registry calls, Safe transactions): device, path, address and its address-book
 * name. The shell sets it when the window opens on a profile's chosen account; reviews show a
 * label bound to it, so the person always sees who signs before the device is asked.
 */
public final class SigningAccountLine {

    private static final ReadOnlyStringWrapper TEXT = new ReadOnlyStringWrapper("");

    private SigningAccountLine() {
    }

    /** Sets the line; on the FX thread. */
    public static void set(String text) {
        TEXT.set(text);
    }

    public static ReadOnlyStringProperty text() {
        return TEXT.getReadOnlyProperty();
    }

    /** A label for a review: "Signs with …", hidden while no account is known. */
    public static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("signing-account-line");
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> TEXT.get().isEmpty() ? "" : "Signs with " + TEXT.get(), TEXT));
        label.visibleProperty().bind(TEXT.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
