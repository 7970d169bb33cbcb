package org.steward.app.addressbook.ui;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.steward.core.addressbook.ImportReview;
import org.steward.core.text.OutsideText;

/** Every line of an address-book import that renames, imitates or is refused, shown before anything is saved. */
final class ImportReviewDialog extends Dialog<Boolean> {

    static final ButtonType IMPORT = new ButtonType("Import as shown", ButtonBar.ButtonData.OK_DONE);

    ImportReviewDialog(List<ImportReview.Item> items) {
        setTitle("Check the address book import");
        ListView<String> lines = new ListView<>();
        lines.setId("import-review-lines");
        items.forEach(i -> lines.getItems().add("line " + i.line() + " · " + label(i.kind()) + " · " + OutsideText.line(i.note())));
        lines.setPrefSize(640, 260);
        Label intro = new Label("Renames and look-alikes are saved only if you import as shown; refused lines are left out.");
        intro.setWrapText(true);
        getDialogPane().setContent(new VBox(8, intro, lines));
        getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.CANCEL);
        setResultConverter(b -> b == IMPORT);
    }

    private static String label(ImportReview.Kind kind) {
        return switch (kind) {
            case NEW -> "new";
            case UNCHANGED -> "unchanged";
            case RENAME -> "RENAME";
            case LOOK_ALIKE -> "LOOK-ALIKE";
            case REFUSED -> "refused";
        };
    }
}
