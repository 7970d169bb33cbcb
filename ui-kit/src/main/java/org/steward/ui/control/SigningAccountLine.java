package org.steward.ui.control;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The account a signature will be made with, named the same way in every review (Snapshot vote,
 * Governor and registry calls, Safe transactions): device, path, address and its address-book
 * name. The shell sets it when the window opens on a profile's chosen account; reviews show a
 * label bound to it, so the person always sees who signs before the device is asked.
 */
public final class SigningAccountLine {

    private static final ReadOnlyStringWrapper TEXT = new ReadOnlyStringWrapper("");
    /** Opens the choice of signing account over the given window; set by the shell for the open profile. */
    private static final ObjectProperty<Consumer<Window>> CHOOSER = new SimpleObjectProperty<>();

    private SigningAccountLine() {
    }

    /** Sets the line; on the FX thread. */
    public static void set(String text) {
        TEXT.set(text);
    }

    /** How "Change account…" opens the account choice; on the FX thread. */
    public static void setChooser(Consumer<Window> chooser) {
        CHOOSER.set(chooser);
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

    /**
     * The line with a "Change account…" link beside it, for a review in the main window: the choice
     * opens over the window, and the window follows the new account (the review is to be made again).
     */
    public static HBox withChange(String id) {
        Label label = label(id);
        Hyperlink change = new Hyperlink("Change account…");
        change.setId(id + "-change");
        change.setMinWidth(Region.USE_PREF_SIZE);
        change.visibleProperty().bind(CHOOSER.isNotNull());
        change.managedProperty().bind(change.visibleProperty());
        change.setOnAction(e -> {
            if (CHOOSER.get() != null && change.getScene() != null) {
                CHOOSER.get().accept(change.getScene().getWindow());
            }
        });
        HBox line = new HBox(8, label, change);
        line.setAlignment(Pos.BASELINE_LEFT);
        return line;
    }
}
