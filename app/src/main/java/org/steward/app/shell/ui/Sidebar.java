package org.steward.app.shell.ui;

import java.util.function.Consumer;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The list of screens on the left. A ListView gives arrow-key and Home/End navigation and
 * focus handling for free; each entry's node id is {@link Screen#navId()}.
 */
final class Sidebar extends ListView<Screen> {

    Sidebar(Consumer<Screen> onSelect) {
        super();
        getItems().setAll(Screen.values());
        setId("sidebar");
        getStyleClass().add("sidebar");
        setCellFactory(list -> new Entry());
        getSelectionModel().selectedItemProperty().addListener((obs, before, now) -> {
            if (now != null) {
                onSelect.accept(now);
            } else {
                // Keep one screen selected: clicking empty space must not leave the content blank.
                getSelectionModel().select(before);
            }
        });
    }

    void select(Screen screen) {
        getSelectionModel().select(screen);
        scrollTo(screen);
    }

    Screen selected() {
        return getSelectionModel().getSelectedItem();
    }

    private static final class Entry extends ListCell<Screen> {
        @Override
        protected void updateItem(Screen screen, boolean empty) {
            super.updateItem(screen, empty);
            if (empty || screen == null) {
                setId(null);
                setText(null);
                setGraphic(null);
            } else {
                setId(screen.navId());
                setText(screen.title());
                setGraphic(new FontIcon(screen.icon()));
                setAccessibleText(screen.title() + ", Ctrl+" + screen.shortcutDigit());
            }
        }
    }
}
