package org.steward.ui.control;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.steward.core.eth.Address;

/**
 * An Ethereum address in its EIP-55 checksummed form (what explorers and devices show, so a
 * person can compare character by character), its address-book name when it has one, and a button that copies it.
 */
public final class AddressLabel extends HBox {

    private static final PseudoClass COPIED = PseudoClass.getPseudoClass("copied");

    private final Address address;
    private final Button copy;

    public AddressLabel(Address address) {
        this.address = Objects.requireNonNull(address);
        getStyleClass().add("address-label");
        Label text = new Label(address.checksummed());
        text.getStyleClass().add("address-text");
        // all 42 characters, always: look-alike addresses differ at their ends
        text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        copy = new Button(null, new FontIcon(Feather.COPY));
        copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "address-copy");
        copy.setTooltip(new Tooltip("Copy address"));
        copy.setAccessibleText("Copy address " + address.checksummed());
        copy.setOnAction(e -> copyToClipboard());
        AddressNames.of(address).ifPresentOrElse(name -> {
            Label saved = new Label(name);
            saved.getStyleClass().add("address-name");
            saved.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            saved.setTooltip(new Tooltip("Name from your address book"));
            getChildren().addAll(saved, text, copy);
        }, () -> getChildren().addAll(text, copy));
    }

    public Address address() {
        return address;
    }

    private void copyToClipboard() {
        ClipboardContent content = new ClipboardContent();
        content.putString(address.checksummed());
        Clipboard.getSystemClipboard().setContent(content);
        copy.setGraphic(new FontIcon(Feather.CHECK));
        pseudoClassStateChanged(COPIED, true);
        PauseTransition back = new PauseTransition(Duration.seconds(1.5));
        back.setOnFinished(e -> {
            copy.setGraphic(new FontIcon(Feather.COPY));
            pseudoClassStateChanged(COPIED, false);
        });
        back.play();
    }
}
