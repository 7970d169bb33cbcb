package org.steward.app.shell.ui;

import java.awt.Desktop;
import java.net.URI;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.steward.core.text.OutsideText;

/**
 * Links in proposal bodies come from strangers: the full address is shown and nothing is opened
 * until the person agrees. Opening happens off the FX thread (the desktop call can block).
 */
public final class LinkOpener implements Consumer<String> {

    private static final ButtonType OPEN = new ButtonType("Open in browser");
    private static final ButtonType COPY = new ButtonType("Copy address");

    @Override
    public void accept(String address) {
        java.util.Optional<String> hidden = OutsideText.firstHidden(address);
        Alert ask = hidden.isPresent()
                ? new Alert(Alert.AlertType.WARNING, OutsideText.line(address), COPY, ButtonType.CANCEL)
                : new Alert(Alert.AlertType.CONFIRMATION, address, OPEN, COPY, ButtonType.CANCEL);
        ask.setHeaderText(hidden.map(h -> "This link holds " + h + ", a hidden character that makes an address read as another: "
                + "it is shown written out and will not be opened.").orElse("This link leaves Steward. Check the full address before opening it:"));
        ask.setTitle("Open a link");
        ask.showAndWait().ifPresent(choice -> {
            if (choice == COPY) {
                ClipboardContent content = new ClipboardContent();
                content.putString(address);
                Clipboard.getSystemClipboard().setContent(content);
            } else if (choice == OPEN) {
                Thread t = new Thread(() -> browse(address), "steward-open-link");
                t.setDaemon(true);
                t.start();
            }
        });
    }

    private static void browse(String address) {
        try {
            URI uri = URI.create(address);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && Desktop.isDesktopSupported()) {
                Desktop.getDesktop().browse(uri);
            }
        } catch (Exception ignored) {
            // the person saw and could copy the address; a desktop without a browser leaves it at that
        }
    }
}
