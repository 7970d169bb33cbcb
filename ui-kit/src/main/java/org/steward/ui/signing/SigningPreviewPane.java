package org.steward.ui.signing;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.steward.core.sign.SigningRequest;
import org.steward.core.sign.TypedDataRequest;

/**
 * What will be signed, as structure: the hashes grouped in a monospace block, the screens the
 * signing device will show for exactly these bytes, and the field/value table. Reviews bind the
 * request they will send to it.
 */
public final class SigningPreviewPane extends VBox {

    private final ObjectProperty<SigningRequest> request = new SimpleObjectProperty<>(this, "request");
    private final HashBlock hashes;
    private final SignedFieldsTable fields;
    private final DeviceScreensView screens;

    public SigningPreviewPane(String id) {
        super(8);
        setId(id);
        getStyleClass().add("signing-preview");
        hashes = new HashBlock(id + "-hashes");
        fields = new SignedFieldsTable(id + "-fields");
        screens = new DeviceScreensView(id + "-screens");
        screens.requestProperty().bind(request);
        Label fieldsHeading = new Label("Every value signed:");
        getChildren().addAll(hashes, screens, fieldsHeading, fields);
        request.addListener((obs, before, now) -> show(now));
        show(null);
    }

    public ObjectProperty<SigningRequest> requestProperty() {
        return request;
    }

    public DeviceScreensView screens() {
        return screens;
    }

    private void show(SigningRequest r) {
        setVisible(r != null);
        setManaged(r != null);
        if (r == null) {
            hashes.show(List.of());
            fields.show(List.of());
            return;
        }
        List<HashBlock.Row> rows = new ArrayList<>();
        if (r instanceof TypedDataRequest typed) {
            rows.add(new HashBlock.Row("Domain hash", typed.domainHash()));
            typed.messageHash().ifPresent(h -> rows.add(new HashBlock.Row("Message hash", h)));
            rows.add(new HashBlock.Row(typed.primaryType().equals("SafeTx") ? "safeTxHash" : "Digest signed", typed.digest()));
        } else {
            rows.add(new HashBlock.Row("Digest signed", r.digest()));
        }
        hashes.show(rows);
        fields.show(SignedFields.of(r));
    }
}
