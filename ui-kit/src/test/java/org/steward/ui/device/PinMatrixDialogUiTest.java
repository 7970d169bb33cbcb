package org.steward.ui.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The scrambled-matrix PIN entry under Monocle: what is clicked is what the device receives. */
@ExtendWith(ApplicationExtension.class)
class PinMatrixDialogUiTest {

    private PinMatrixDialog dialog;
    private final CompletableFuture<String> result = new CompletableFuture<>();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        dialog = new PinMatrixDialog("OneKey Classic 1S (simulated device)");
        dialog.setOnHidden(e -> result.complete(dialog.getResult()));
        dialog.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (dialog.isShowing()) {
                dialog.close();
            }
        });
    }

    @Test
    void theGridIsNineIdenticalBlankKeysInKeypadOrder(FxRobot robot) {
        GridPane matrix = robot.lookup("#pin-matrix").queryAs(GridPane.class);
        int[][] keypad = {{7, 8, 9}, {4, 5, 6}, {1, 2, 3}};
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                Button key = robot.lookup("#pin-position-" + keypad[row][col]).queryButton();
                assertThat(GridPane.getRowIndex(key)).isEqualTo(row);
                assertThat(GridPane.getColumnIndex(key)).isEqualTo(col);
                assertThat(key.getParent()).isSameAs(matrix);
                assertThat(key.getText()).isEqualTo("•");
            }
        }
        assertThat(robot.lookup("#pin-ok").queryButton().isDisabled()).as("nothing entered yet").isTrue();
    }

    @Test
    void clickedPositionsComeBackInOrderWithOneDotEach(FxRobot robot) throws Exception {
        robot.clickOn("#pin-position-7").clickOn("#pin-position-1").clickOn("#pin-position-5");
        assertThat(dialog.dotsProperty().get()).isEqualTo("●●●");

        robot.clickOn("#pin-backspace");
        assertThat(robot.lookup("#pin-dots").queryLabeled().getText()).isEqualTo("●●");
        robot.clickOn("#pin-position-9").clickOn("#pin-position-9").clickOn("#pin-position-3");
        robot.clickOn("#pin-ok");

        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("71993");
    }

    @Test
    void keypadKeysTypeTheSamePositions(FxRobot robot) throws Exception {
        robot.type(KeyCode.NUMPAD8, KeyCode.DIGIT2, KeyCode.NUMPAD6, KeyCode.BACK_SPACE, KeyCode.DIGIT4);
        robot.clickOn("#pin-ok");

        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("824");
    }

    @Test
    void cancelAnswersNothingEvenAfterClicks(FxRobot robot) throws Exception {
        robot.clickOn("#pin-position-2").clickOn("#pin-position-8");
        robot.clickOn("#pin-cancel");

        assertThat(result.get(5, TimeUnit.SECONDS)).isNull();
    }
}
