package org.steward.ui.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Passphrase entry: on the device by default, typed here (masked) only when asked for. */
@ExtendWith(ApplicationExtension.class)
class PassphraseDialogUiTest {

    private PassphraseDialog dialog;
    private final CompletableFuture<String> result = new CompletableFuture<>();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        dialog = new PassphraseDialog("OneKey Classic 1S (simulated device)");
        dialog.setOnHidden(e -> result.complete(String.valueOf(dialog.getResult())));
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
    void theDefaultIsToEnterItOnTheDevice(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#passphrase-field").queryAs(PasswordField.class).isVisible()).isFalse();
        assertThat(robot.lookup("#passphrase-on-device").queryButton().isDefaultButton()).isTrue();

        robot.clickOn("#passphrase-on-device");

        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("null");
    }

    @Test
    void typingItHereUsesAMaskedFieldAndReturnsTheText(FxRobot robot) throws Exception {
        robot.clickOn("#passphrase-type-here");
        PasswordField field = robot.lookup("#passphrase-field").queryAs(PasswordField.class);
        assertThat(field.isVisible()).isTrue();

        robot.clickOn(field).write("hidden wallet");
        robot.clickOn("#passphrase-use-typed");

        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("hidden wallet");
    }

    @Test
    void cancelAfterTypingSendsNothing(FxRobot robot) throws Exception {
        robot.clickOn("#passphrase-type-here");
        robot.clickOn("#passphrase-field").write("secret");
        robot.clickOn("#passphrase-cancel");

        assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo("null");
    }
}
