package org.steward.ui.signing;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.steward.core.eth.Hash32;

/**
 * The hashes of a request in a monospace block, each in groups of four hex digits, so a signer can
 * compare them with the device (which shows the same digits, paged as the screens show) and
 * with another signer's computation, group by group; each can be copied whole.
 */
public final class HashBlock extends GridPane {

    /** A hash and what it is called on the device and in the protocols. */
    public record Row(String label, Hash32 hash) {
    }

    public HashBlock(String id) {
        setId(id);
        getStyleClass().add("hash-block");
        setHgap(12);
        setVgap(4);
    }

    public void show(List<Row> rows) {
        getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            Label name = new Label(rows.get(i).label());
            name.getStyleClass().add("hash-block-label");
            Label grouped = new Label(SignedFields.grouped(rows.get(i).hash().hex()));
            grouped.getStyleClass().addAll("mono", "hash-block-value");
            grouped.setId(getId() + "-" + i);
            grouped.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            String plain = rows.get(i).hash().hex();
            grouped.setTooltip(new javafx.scene.control.Tooltip(plain));
            javafx.scene.control.Button copy = new javafx.scene.control.Button("Copy");
            copy.getStyleClass().add("small");
            copy.setOnAction(e -> {
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.putString(plain);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            });
            add(name, 0, i);
            add(grouped, 1, i);
            add(copy, 2, i);
        }
        setVisible(!rows.isEmpty());
        setManaged(isVisible());
    }
}
