package org.steward.ui.control;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.steward.core.format.Shown;

/**
 * A value as a person reads it ("5,000,000 STW", "7 days"), with the exact value the chain holds
 * one hover away (the tooltip) and one right-click away (Copy / Copy exact value), so rounding for
 * the eye never hides what is really there.
 */
public final class ValueLabel extends Label {

    private final ObjectProperty<Shown> value = new SimpleObjectProperty<>(this, "value");

    public ValueLabel() {
        getStyleClass().add("value-label");
        value.addListener((obs, before, now) -> show(this, now));
    }

    public ValueLabel(Shown shown) {
        this();
        value.set(shown);
    }

    public ObjectProperty<Shown> valueProperty() {
        return value;
    }

    public void setValue(Shown shown) {
        value.set(shown);
    }

    public Shown getValue() {
        return value.get();
    }

    /** Puts {@code shown} on any labeled control (a label, a table or list cell): text, exact tooltip, copy menu. */
    static void show(Control target, Shown shown) {
        if (target instanceof javafx.scene.control.Labeled labeled) {
            labeled.setText(shown == null ? null : shown.text());
        }
        if (shown == null) {
            target.setTooltip(null);
            target.setContextMenu(null);
            return;
        }
        target.setTooltip(shown.exact().equals(shown.text()) ? null : new Tooltip("Exact: " + shown.exact()));
        target.setContextMenu(copyMenu(shown));
    }

    static ContextMenu copyMenu(Shown shown) {
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> copy(shown.text()));
        MenuItem copyExact = new MenuItem("Copy exact value");
        copyExact.setOnAction(e -> copy(shown.exact()));
        return new ContextMenu(copy, copyExact);
    }

    static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
