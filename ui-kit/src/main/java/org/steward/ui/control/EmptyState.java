package org.steward.ui.control;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A screen with nothing to show yet: an icon, a title and one paragraph that says what will be here. */
public final class EmptyState extends VBox {

    private final Label title;
    private final Label body;

    public EmptyState(Ikon icon, String title, String body) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("empty-state-icon");
        this.title = new Label(title);
        this.title.getStyleClass().addAll(Styles.TITLE_3, "empty-state-title");
        this.body = new Label(body);
        this.body.getStyleClass().add("empty-state-body");
        this.body.setWrapText(true);
        getChildren().addAll(glyph, this.title, this.body);
    }

    public String title() {
        return title.getText();
    }

    public String body() {
        return body.getText();
    }
}
