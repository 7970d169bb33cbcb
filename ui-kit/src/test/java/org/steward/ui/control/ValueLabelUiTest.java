package org.steward.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.format.Amounts;
import org.steward.core.format.Durations;
import org.steward.core.format.Shown;
import org.steward.ui.StewardStyles;
import org.steward.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A shown value keeps its exact form one hover and one copy away, in a label and in a list cell alike. */
@ExtendWith(ApplicationExtension.class)
class ValueLabelUiTest {

    private static final BigInteger RAW = new BigInteger("5000000000000000000000001");

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        ValueLabel amount = new ValueLabel(Amounts.shown(RAW, 18, "STW"));
        amount.setId("amount");
        ListView<Long> spans = new ListView<>(FXCollections.observableArrayList(604_800L));
        spans.setId("spans");
        spans.setCellFactory(ValueCells.list(Durations::shown));
        Scene scene = new Scene(new VBox(8, amount, spans), 640, 400);
        StewardStyles.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theLabelShowsTheReadableAmountAndTheExactOneInItsTooltip(FxRobot robot) {
        ValueLabel label = robot.lookup("#amount").queryAs(ValueLabel.class);
        assertThat(label.getText()).isEqualTo("5,000,000 STW");
        assertThat(label.getTooltip().getText()).contains("5,000,000.000000000000000001 STW").contains(RAW.toString());
    }

    @Test
    void copyExactValuePutsTheRawValueOnTheClipboard(FxRobot robot) {
        ValueLabel label = robot.lookup("#amount").queryAs(ValueLabel.class);
        MenuItem exact = label.getContextMenu().getItems().get(1);
        assertThat(exact.getText()).isEqualTo("Copy exact value");
        WaitForAsyncUtils.asyncFx(exact::fire);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertThat(copied).isEqualTo(label.getValue().exact());
    }

    @Test
    void aListCellShowsTheValueInWordsAndTheSecondsOnHover(FxRobot robot) {
        javafx.scene.control.ListCell<?> cell = robot.lookup("#spans").lookup(".list-cell").queryAs(javafx.scene.control.ListCell.class);
        assertThat(cell.getText()).isEqualTo("7 days");
        assertThat(cell.getTooltip().getText()).isEqualTo("Exact: 604800 s");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#amount").queryAs(ValueLabel.class).setValue(Shown.plain("3")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#amount").queryAs(ValueLabel.class).getTooltip()).as("nothing more to show than the text").isNull();
    }
}
