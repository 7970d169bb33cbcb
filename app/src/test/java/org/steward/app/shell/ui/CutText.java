package org.steward.app.shell.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * Finds text a person cannot read whole in a shown scene graph: a Labeled (label, button, tab,
 * table cell, column header) whose skin shows less than its text, a Text that runs past the region
 * that clips it, an address in a field too narrow for it. An address may be shortened in its middle
 * when its full form is one hover away; cut at its end it is a fault, for look-alikes differ there.
 * FX thread only.
 */
final class CutText {

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}(?![0-9a-fA-F])");

    private CutText() {
    }

    /** One sentence per cut text under {@code root}, naming the node and what it shows. */
    static List<String> in(Parent root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, found);
        } else if (node instanceof TextInputControl field) {
            check(field, found);
            return;
        } else if (node instanceof Text text && !(node.getParent() instanceof Labeled) && !(node instanceof org.kordamp.ikonli.javafx.FontIcon)) {
            check(text, found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    private static void check(Labeled labeled, List<String> found) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        if (labeled.isMnemonicParsing()) {
            full = full.replaceFirst("_(?=.)", "");
        }
        // the skin's LabeledText; an icon font's glyph (Ikonli's FontIcon) is a Text too
        Text shown = labeled.getChildrenUnmodifiable().stream().filter(n -> n.getClass().getSimpleName().equals("LabeledText"))
                .map(Text.class::cast).findFirst().orElse(null);
        if (shown == null || full.equals(shown.getText())) {
            return;
        }
        Matcher address = ADDRESS.matcher(full);
        if (address.find()) {
            String end = full.substring(address.end() - 4, address.end());
            if (!shown.getText().contains(end)) {
                found.add("address cut at its end: " + describe(labeled) + " shows \"" + shown.getText() + "\" of \"" + full + "\"");
                return;
            }
            if (labeled.getTooltip() != null && labeled.getTooltip().getText() != null
                    && labeled.getTooltip().getText().contains(address.group())) {
                return; // shortened in the middle, whole on hover: what the issue asks of a narrow address
            }
        }
        found.add("cut: " + describe(labeled) + " shows \"" + shown.getText() + "\" of \"" + full + "\"");
    }

    private static void check(TextInputControl field, List<String> found) {
        String text = field.getText();
        if (text == null || !ADDRESS.matcher(text.strip()).matches() || field instanceof javafx.scene.control.TextArea) {
            return;
        }
        Text measure = new Text(text);
        measure.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        if (measure.getLayoutBounds().getWidth() > room + 1) {
            found.add("address cut at its end: " + describe(field) + " is " + Math.round(field.getWidth()) + " px wide for \"" + text + "\"");
        }
    }

    /** A Text outside a Labeled (a text flow, a chart) that runs past the clip of the region holding it. */
    private static void check(Text text, List<String> found) {
        if (text.getText() == null || text.getText().isBlank() || text.getWrappingWidth() > 0 || insideField(text)) {
            return;
        }
        Bounds own = text.localToScene(text.getBoundsInLocal());
        for (Node up = text.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll && scroll.getHbarPolicy() != ScrollPane.ScrollBarPolicy.NEVER && !scroll.isFitToWidth()) {
                return;
            }
            if (up.getClip() != null || up.getParent() == null) {
                Bounds room = up.localToScene(up.getBoundsInLocal());
                if (own.getMaxX() > room.getMaxX() + 1 || own.getMinX() < room.getMinX() - 1) {
                    found.add("cut: " + describe(text) + " \"" + text.getText() + "\" runs past " + describe(up));
                }
                return;
            }
        }
    }

    private static boolean insideField(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    /** The node's class and id, and the ids of its ancestors, so a failure names where to look. */
    static String describe(Node node) {
        StringBuilder path = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            path.append('#').append(node.getId());
        }
        path.append(" (").append(Math.round(node.getLayoutBounds().getWidth())).append(" px)");
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                path.append(" in #").append(up.getId());
                break;
            }
        }
        return path.toString();
    }
}
