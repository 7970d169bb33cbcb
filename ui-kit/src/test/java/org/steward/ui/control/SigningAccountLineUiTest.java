package org.steward.ui.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every review names who signs, and "Change account…" beside it opens the account choice over the review's window. */
@ExtendWith(ApplicationExtension.class)
class SigningAccountLineUiTest {

    private final List<Window> asked = new ArrayList<>();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SigningAccountLine.set("OneKey Classic 1S · m/44'/60'/0'/0/1 · 0x7099…79C8 (Bo)");
        SigningAccountLine.setChooser(asked::add);
        stage.setScene(new Scene(new VBox(SigningAccountLine.withChange("review-signer")), 640, 200));
        stage.show();
    }

    @AfterEach
    void forgetTheChooser() {
        WaitForAsyncUtils.asyncFx(() -> SigningAccountLine.setChooser(null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void changeAccountOpensTheChoiceOverTheReviewsWindow(FxRobot robot) {
        assertThat(robot.lookup("#review-signer").queryAs(Label.class).getText())
                .isEqualTo("Signs with OneKey Classic 1S · m/44'/60'/0'/0/1 · 0x7099…79C8 (Bo)");
        robot.clickOn("#review-signer-change");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).containsExactly(stage);
    }
}
