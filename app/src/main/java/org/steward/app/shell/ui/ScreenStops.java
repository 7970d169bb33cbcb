package org.steward.app.shell.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Every tab of a screen, as a person clicks through them: what {@code steward demo --screenshots}
 * photographs and what the layout test checks. Tabs are found in the screen's scene graph, so a
 * tab added to a workspace is visited without being listed here. FX thread only.
 */
final class ScreenStops {

    /** One place to look at: a screen and, outermost first, the tabs selected on it (none for a screen without tabs). */
    record Stop(Screen screen, List<Tab> tabs) {

        /** A file-name-safe name: "treasury-new-transaction". */
        String slug() {
            StringBuilder name = new StringBuilder(screen.id());
            for (Tab tab : tabs) {
                name.append('-').append(tab.getText().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", ""));
            }
            return name.toString();
        }

        /** Selects this stop's tabs, outermost first; the screen itself must already be shown. */
        void show() {
            for (Tab tab : tabs) {
                tab.getTabPane().getSelectionModel().select(tab);
            }
        }

        @Override
        public String toString() {
            return slug();
        }
    }

    private ScreenStops() {
    }

    /** The stops of {@code screen}, whose root is {@code root}: one per innermost tab, or the screen alone. */
    static List<Stop> of(Screen screen, Parent root) {
        List<Stop> stops = new ArrayList<>();
        collect(screen, root, List.of(), stops);
        if (stops.isEmpty()) {
            stops.add(new Stop(screen, List.of()));
        }
        return stops;
    }

    private static void collect(Screen screen, Node node, List<Tab> path, List<Stop> stops) {
        if (node instanceof TabPane pane) {
            for (Tab tab : pane.getTabs()) {
                List<Tab> deeper = new ArrayList<>(path);
                deeper.add(tab);
                int before = stops.size();
                if (tab.getContent() != null) {
                    collect(screen, tab.getContent(), deeper, stops);
                }
                if (stops.size() == before) {
                    stops.add(new Stop(screen, List.copyOf(deeper)));
                }
            }
        } else if (node instanceof javafx.scene.control.ScrollPane scroll) {
            // a control's children come from its skin, which a tab not yet shown may not have
            if (scroll.getContent() != null) {
                collect(screen, scroll.getContent(), path, stops);
            }
        } else if (node instanceof javafx.scene.control.SplitPane split) {
            for (Node item : split.getItems()) {
                collect(screen, item, path, stops);
            }
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(screen, child, path, stops);
            }
        }
    }
}
