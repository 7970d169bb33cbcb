package org.steward.ui.control;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;

/**
 * Buttons keep their words: a row of buttons that does not fit makes its scroll pane scroll
 * instead of shrinking "Delete" to "Del…". Applied once to a screen as it is built, through the
 * content of tabs, split panes, titled and scroll panes that are not yet skinned.
 */
public final class KeepWords {

    private KeepWords() {
    }

    /** Sets every button under {@code root} that has no minimum width of its own to its preferred width. */
    public static <T extends Node> T under(T root) {
        walk(root);
        return root;
    }

    private static void walk(Node node) {
        if (node == null) {
            return;
        }
        if (node instanceof ButtonBase button && button.getMinWidth() == Region.USE_COMPUTED_SIZE) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                walk(tab.getContent());
            }
        } else if (node instanceof ScrollPane scroll) {
            walk(scroll.getContent());
        } else if (node instanceof SplitPane split) {
            split.getItems().forEach(KeepWords::walk);
        } else if (node instanceof TitledPane titled) {
            walk(titled.getContent());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(KeepWords::walk);
        }
    }
}
