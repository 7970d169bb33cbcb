package org.steward.ui.abi;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.abi.Erc20Functions;
import org.steward.ui.StewardStyles;
import org.steward.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CallBuilderPaneUiTest {

    private CallBuilderViewModel model;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        model = new CallBuilderViewModel(Erc20Functions.all());
        Scene scene = new Scene(new CallBuilderPane(model).root(), 640, 600);
        StewardStyles.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void typingTheArgumentsShowsTheDecodedCall(FxRobot robot) {
        robot.clickOn("#arg-0").write("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        robot.clickOn("#arg-1").write("42");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#abi-preview").queryAs(TextArea.class).getText())
                .isEqualTo("transfer(address to, uint256 amount)\n  to (address): 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\n  amount (uint256): 42");
        assertThat(robot.lookup("#abi-calldata").queryAs(TextField.class).getText()).startsWith("0xa9059cbb").hasSize(2 + 8 + 128);
    }

    @Test
    void theArgumentFieldsFollowTheFunctionPickedByMouseOrKeyboardEvenAfterACollection(FxRobot robot) {
        // The fields once listened through a list the garbage collector could take; make it try.
        System.gc();
        int functions = model.functions().size();
        assertThat(functions).as("the ERC-20 functions to pick from").isGreaterThanOrEqualTo(2);
        for (int i = 1; i < functions; i++) {
            robot.clickOn("#abi-function").type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            org.steward.core.abi.AbiFunction picked = model.selected().get();
            assertThat(picked).isEqualTo(model.functions().get(i));
            assertThat(robot.lookup("#abi-arguments").lookup(".text-field").queryAll())
                    .as("one field per input of " + picked.name()).hasSize(picked.inputs().size());
            System.gc();
        }
    }
}
