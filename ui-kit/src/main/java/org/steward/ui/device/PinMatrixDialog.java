package org.steward.ui.device;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.steward.ui.StewardStyles;

/**
 * PIN entry for the OneKey/Trezor protocol. The device shows the digits in a scrambled 3x3
 * matrix; Steward shows nine identical blank buttons in the same places, so the computer never
 * learns the PIN, only which positions were clicked. Positions are numbered like a numeric
 * keypad (7 8 9 on top, 1 2 3 at the bottom), which is what PinMatrixAck expects, and the keypad
 * keys of a keyboard type the same positions. The result is the position sequence, or null when
 * the person cancels.
 */
public final class PinMatrixDialog extends Dialog<String> {

    /** Trezor's firmware refuses longer PINs (MAX_PIN_LEN). */
    static final int MAX_LENGTH = 50;
    private static final int[][] KEYPAD = {{7, 8, 9}, {4, 5, 6}, {1, 2, 3}};

    private final StringBuilder positions = new StringBuilder();
    private final ReadOnlyStringWrapper dots = new ReadOnlyStringWrapper("");

    public PinMatrixDialog(String deviceName) {
        setTitle("Enter PIN");
        setHeaderText("Unlock your " + deviceName);

        Label help = new Label("Find each digit of your PIN on the device's screen and click the same place here. "
                + "The digits move every time, so Steward never sees them.");
        help.setWrapText(true);
        help.getStyleClass().add("pin-help");

        GridPane matrix = new GridPane();
        matrix.setId("pin-matrix");
        matrix.getStyleClass().add("pin-matrix");
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                matrix.add(positionButton(KEYPAD[row][col]), col, row);
            }
        }

        Label shown = new Label();
        shown.setId("pin-dots");
        shown.getStyleClass().add("pin-dots");
        shown.textProperty().bind(dots);
        shown.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(shown, Priority.ALWAYS);
        Button backspace = new Button(null, new FontIcon(Feather.DELETE));
        backspace.setId("pin-backspace");
        backspace.setAccessibleText("Delete the last position");
        backspace.setFocusTraversable(false);
        backspace.setOnAction(e -> backspace());
        HBox field = new HBox(shown, backspace);
        field.getStyleClass().add("pin-field");
        field.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(help, field, matrix);
        content.getStyleClass().add("pin-dialog");
        content.setAlignment(Pos.CENTER);
        getDialogPane().setContent(content);
        getDialogPane().getStylesheets().add(StewardStyles.BASE_STYLESHEET);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("pin-ok");
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> dots.get().isEmpty(), dots));
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("pin-cancel");
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, this::typed);

        setResultConverter(button -> button == ButtonType.OK && positions.length() > 0 ? positions.toString() : null);
    }

    private Button positionButton(int position) {
        Button b = new Button("•");
        b.setId("pin-position-" + position);
        b.getStyleClass().add("pin-position");
        b.setAccessibleText("Matrix position " + position);
        b.setFocusTraversable(false);
        b.setOnAction(e -> press(position));
        return b;
    }

    private void typed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.BACK_SPACE) {
            backspace();
            e.consume();
            return;
        }
        String name = code.getName();
        char last = name.charAt(name.length() - 1);
        if ((code.isDigitKey() || code.isKeypadKey()) && last >= '1' && last <= '9') {
            press(last - '0');
            e.consume();
        }
    }

    private void press(int position) {
        if (positions.length() < MAX_LENGTH) {
            positions.append(position);
            dots.set("●".repeat(positions.length()));
        }
    }

    private void backspace() {
        if (positions.length() > 0) {
            positions.setLength(positions.length() - 1);
            dots.set("●".repeat(positions.length()));
        }
    }

    /** One dot per position entered: what the masked field shows. */
    public ReadOnlyStringProperty dotsProperty() {
        return dots.getReadOnlyProperty();
    }
}
