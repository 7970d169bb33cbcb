package org.steward.ui.control;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.steward.ui.UserMessages;

/**
 * One failure, said in one sentence ({@link UserMessages#sentence}), with an optional action such
 * as "Retry". Hidden (and taking no space) while there is nothing to say.
 */
public final class ErrorBanner extends HBox {

    private final Label message = new Label();
    private final Button action = new Button();

    public ErrorBanner() {
        getStyleClass().add("error-banner");
        setAlignment(Pos.CENTER_LEFT);
        FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
        icon.getStyleClass().add("error-banner-icon");
        message.getStyleClass().add("error-banner-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        action.getStyleClass().add("error-banner-action");
        action.managedProperty().bind(action.visibleProperty());
        action.setVisible(false);
        getChildren().addAll(icon, message, action);
        managedProperty().bind(visibleProperty());
        visibleProperty().bind(message.textProperty().isNotEmpty());
    }

    public void show(Throwable failure) {
        message.setText(UserMessages.sentence(failure));
    }

    public void clear() {
        message.setText("");
    }

    /** Follows a ViewModel's error sentence: shown while it is non-empty. */
    public void bindMessage(ObservableValue<String> sentence) {
        message.textProperty().bind(sentence);
    }

    /** Adds a button (for example "Retry") that runs {@code command}. */
    public void setAction(String label, Runnable command) {
        action.setText(label);
        action.setOnAction(e -> command.run());
        action.setVisible(true);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.textProperty();
    }
}
