package org.steward.ui.signing;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.steward.core.sign.SigningRequest;
import org.steward.core.sign.screen.DeviceModel;
import org.steward.core.sign.screen.DeviceScreen;

/**
 * The screens the signing device will show for a request, page by page and in order, drawn as
 * small screens with the device's own line breaks, so the signer can compare screen with screen.
 * Another model can be chosen to see how it would page the same bytes.
 */
public final class DeviceScreensView extends VBox {

    private final ObjectProperty<SigningRequest> request = new SimpleObjectProperty<>(this, "request");
    private final ChoiceBox<DeviceModel> model = new ChoiceBox<>(FXCollections.observableArrayList(DeviceModel.values()));
    private final FlowPane pages = new FlowPane(8, 8);
    private final Label empty = new Label();
    private volatile List<DeviceScreen> shown = List.of();

    public DeviceScreensView(String id) {
        super(6);
        setId(id);
        getStyleClass().add("device-screens");
        model.setId(id + "-model");
        model.setValue(SigningDevice.current().get().model());
        Label heading = new Label("Your device will show, screen by screen:");
        heading.getStyleClass().add("device-screens-heading");
        HBox top = new HBox(8, heading, new Label("on"), model);
        top.setAlignment(Pos.CENTER_LEFT);
        pages.setId(id + "-pages");
        empty.getStyleClass().add("device-screens-empty");
        empty.setWrapText(true);
        getChildren().addAll(top, empty, pages);
        SigningDevice.current().addListener((obs, before, now) -> {
            model.setValue(now.model());
            refresh();
        });
        model.valueProperty().addListener((obs, before, now) -> refresh());
        request.addListener((obs, before, now) -> refresh());
        refresh();
    }

    public ObjectProperty<SigningRequest> requestProperty() {
        return request;
    }

    /** The screens shown now (readable from any thread), for tests and for reading aloud. */
    public List<DeviceScreen> screens() {
        return shown;
    }

    private void refresh() {
        pages.getChildren().clear();
        SigningRequest r = request.get();
        SigningDevice.Current device = SigningDevice.current().get();
        List<DeviceScreen> screens = r == null || model.getValue() == null ? List.of() : device.preview().screens(model.getValue(), r, device.signer());
        empty.setText(r != null && screens.isEmpty() ? "No preview for this device: check the device itself against the hashes and fields above." : "");
        empty.setVisible(!empty.getText().isEmpty());
        empty.setManaged(empty.isVisible());
        pages.getChildren().addAll(cards(screens, model.getValue()));
        shown = List.copyOf(screens);
    }

    /** The screens drawn as numbered device screens, for any pane that shows them. */
    public static List<javafx.scene.Node> cards(List<DeviceScreen> screens, DeviceModel model) {
        List<javafx.scene.Node> cards = new java.util.ArrayList<>();
        for (int i = 0; i < screens.size(); i++) {
            cards.add(card(screens.get(i), i + 1, screens.size(), model));
        }
        return cards;
    }

    private static VBox card(DeviceScreen screen, int index, int count, DeviceModel model) {
        VBox card = new VBox(2);
        card.getStyleClass().addAll("device-screen", switch (model.family()) {
            case LEDGER_NANO -> "device-screen-nano";
            case LEDGER_TOUCH -> "device-screen-touch";
            case TREZOR_LEGACY -> "device-screen-onekey";
        });
        Label number = new Label(index + "/" + count);
        number.getStyleClass().add("device-screen-index");
        card.getChildren().add(number);
        for (DeviceScreen.Part part : screen.parts()) {
            if (!part.title().isEmpty()) {
                Label title = new Label(part.title());
                title.getStyleClass().add("device-screen-title");
                title.setWrapText(true);
                card.getChildren().add(title);
            }
            for (String line : part.lines()) {
                Label l = new Label(line.isEmpty() ? " " : line);
                l.getStyleClass().addAll("mono", "device-screen-line");
                card.getChildren().add(l);
            }
        }
        if (!screen.actions().isEmpty()) {
            Label actions = new Label(screen.actions());
            actions.getStyleClass().add("device-screen-actions");
            actions.setWrapText(true);
            card.getChildren().add(actions);
        }
        return card;
    }
}
