package org.steward.ui.device;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The visible "confirm on device" state: which device to look at and, in monospace, the exact
 * text it displays, so the person compares the two before pressing a button on the device.
 * Cancel only stops Steward waiting; the device still needs its own reject.
 */
public final class ConfirmOnDevicePane extends VBox {

    private final Label title;
    private final Label deviceText;

    public ConfirmOnDevicePane(String deviceName, String whatTheDeviceShows, Runnable onCancel) {
        this(deviceName, whatTheDeviceShows, java.util.List.of(), org.steward.core.sign.screen.DeviceModel.NANO_X, onCancel);
    }

    /**
     * With the device's screens for the request, page by page, drawn under its text so the person
     * compares each screen as the device pages through them.
     */
    public ConfirmOnDevicePane(String deviceName, String whatTheDeviceShows, java.util.List<org.steward.core.sign.screen.DeviceScreen> screens,
                               org.steward.core.sign.screen.DeviceModel model, Runnable onCancel) {
        setId("confirm-on-device");
        getStyleClass().add("confirm-on-device");
        setAlignment(Pos.TOP_LEFT);

        title = new Label("Confirm on your " + deviceName, new FontIcon(Feather.CPU));
        title.setId("confirm-title");
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("Check that the device shows exactly this, then approve or reject it on the device.");
        hint.setWrapText(true);
        hint.getStyleClass().add("confirm-hint");
        deviceText = new Label(whatTheDeviceShows);
        deviceText.setId("confirm-device-text");
        deviceText.getStyleClass().addAll("mono", "device-text");
        deviceText.setWrapText(true);
        deviceText.setMaxWidth(Double.MAX_VALUE);

        Button cancel = new Button("Cancel");
        cancel.setId("confirm-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        HBox actions = new HBox(cancel);
        actions.setAlignment(Pos.CENTER_RIGHT);

        getChildren().addAll(title, hint, deviceText);
        if (!screens.isEmpty()) {
            javafx.scene.layout.FlowPane pages = new javafx.scene.layout.FlowPane(8, 8);
            pages.setId("confirm-device-screens");
            pages.getChildren().addAll(org.steward.ui.signing.DeviceScreensView.cards(screens, model));
            getChildren().add(pages);
        }
        getChildren().add(actions);
    }

    public String title() {
        return title.getText();
    }

    public String deviceText() {
        return deviceText.getText();
    }
}
