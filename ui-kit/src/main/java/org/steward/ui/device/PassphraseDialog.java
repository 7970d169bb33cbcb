package org.steward.ui.device;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.steward.ui.StewardStyles;

/**
 * The device asks which passphrase (hidden wallet) to open. Typing it on the device keeps it off
 * this computer, so that is the default button; typing it here is offered behind a link, in a
 * masked field. The result is the typed passphrase (possibly empty, which is the standard
 * wallet), or null for "enter it on the device" and for Cancel, which the device layer treats
 * alike.
 */
public final class PassphraseDialog extends Dialog<String> {

    public static final ButtonType ON_DEVICE = new ButtonType("Enter on device", ButtonData.OK_DONE);
    public static final ButtonType USE_TYPED = new ButtonType("Use this passphrase", ButtonData.OTHER);

    private final PasswordField field = new PasswordField();

    public PassphraseDialog(String deviceName) {
        setTitle("Passphrase");
        setHeaderText("Your " + deviceName + " asks for a passphrase");

        Label help = new Label("Type your passphrase on the device: it never passes through this computer that way.");
        help.setWrapText(true);
        field.setId("passphrase-field");
        field.setPromptText("Passphrase");
        field.managedProperty().bind(field.visibleProperty());
        field.setVisible(false);
        Hyperlink typeHere = new Hyperlink("Type it on this computer instead");
        typeHere.setId("passphrase-type-here");

        VBox content = new VBox(help, typeHere, field);
        content.getStyleClass().add("passphrase-dialog");
        content.setAlignment(Pos.CENTER_LEFT);
        getDialogPane().setContent(content);
        getDialogPane().getStylesheets().add(StewardStyles.BASE_STYLESHEET);
        getDialogPane().getButtonTypes().setAll(ON_DEVICE, ButtonType.CANCEL);
        getDialogPane().lookupButton(ON_DEVICE).setId("passphrase-on-device");
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("passphrase-cancel");

        typeHere.setOnAction(e -> {
            typeHere.setVisible(false);
            typeHere.setManaged(false);
            field.setVisible(true);
            getDialogPane().getButtonTypes().setAll(USE_TYPED, ON_DEVICE, ButtonType.CANCEL);
            Node use = getDialogPane().lookupButton(USE_TYPED);
            use.setId("passphrase-use-typed");
            getDialogPane().lookupButton(ON_DEVICE).setId("passphrase-on-device");
            getDialogPane().lookupButton(ButtonType.CANCEL).setId("passphrase-cancel");
            field.requestFocus();
        });

        setResultConverter(button -> button == USE_TYPED ? field.getText() : null);
    }
}
