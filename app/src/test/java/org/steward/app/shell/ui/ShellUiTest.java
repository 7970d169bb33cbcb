package org.steward.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.ToggleSwitch;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Networks;
import org.steward.ui.Theme;
import org.steward.ui.control.EmptyState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.steward.app.shell.ProfileSummary;
import org.steward.app.shell.UiSettings;
import org.steward.app.shell.ShellContext;
import org.steward.app.shell.NoDevices;

/** The whole shell under Monocle, pointed at a loopback port where no node listens. */
@ExtendWith(ApplicationExtension.class)
class ShellUiTest {

    private HistoryStore history;
    private ShellWindow window;
    private int deadPort;

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("steward-shell-ui");
        history = HistoryStore.open(dir.resolve("steward.db"));
        try (ServerSocket probe = new ServerSocket(0)) {
            deadPort = probe.getLocalPort();
        }
        DaoProfile profile = DaoProfile.chainOnly(Networks.devnet(URI.create("http://127.0.0.1:" + deadPort)));
        Theme.LIGHT.apply();
        window = ShellWindow.open(stage, new ShellContext(profile, history, false, new NoDevices()), Theme.LIGHT);
    }

    @AfterEach
    void closeShell(FxRobot robot) {
        robot.interact(window::close);
        history.close();
    }

    @Test
    void opensTitledOnGovernanceWithNetworkAndDevice(FxRobot robot) {
        assertThat(window.stage().getTitle()).startsWith("Steward").isEqualTo("Steward — Devnet (local anvil)");
        assertThat(window.selected()).isEqualTo(Screen.GOVERNANCE);
        assertThat(label(robot, "#status-network")).isEqualTo("Devnet (local anvil)");
        assertThat(label(robot, "#status-chain-id")).isEqualTo("chain 31337");
        assertThat(label(robot, "#status-device")).isEqualTo("No device connected");
    }

    @Test
    void everySidebarEntryOpensItsScreen(FxRobot robot) {
        List<String> bodies = new ArrayList<>();
        for (Screen screen : Screen.values()) {
            robot.clickOn("#" + screen.navId());

            Node page = robot.lookup("#content > #" + screen.id()).query();
            assertThat(page.isVisible()).as(screen.title()).isTrue();
            assertThat(window.selected()).isEqualTo(screen);
            if (screen == Screen.DEVICES) {
                assertThat(robot.lookup("#device-list").tryQuery()).isPresent();
            } else if (screen == Screen.HISTORY) {
                assertThat(label(robot, "#history-status")).isEqualTo("0 entries");
                javafx.scene.control.TableView<?> table = robot.lookup("#history-table").queryAs(javafx.scene.control.TableView.class);
                assertThat(((javafx.scene.control.Label) table.getPlaceholder()).getText()).startsWith("Nothing signed yet");
            } else if (screen != Screen.SETTINGS) {
                EmptyState empty = robot.from(page).lookup(".empty-state").queryAs(EmptyState.class);
                assertThat(empty.title()).isEqualTo(screen.title());
                bodies.add(empty.body());
            }
        }
        assertThat(bodies).hasSize(3).doesNotHaveDuplicates()
                .anySatisfy(b -> assertThat(b).contains("This profile has no Safe: add the Safe address to the DAO profile."));
        assertThat(label(robot, "#profile-rpc")).isEqualTo("http://127.0.0.1:" + deadPort);
        assertThat(label(robot, "#profile-safe")).isEqualTo(ProfileSummary.NOT_SET);
    }

    @Test
    void shortcutsAndArrowKeysMoveBetweenScreens(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertThat(window.selected()).isEqualTo(Screen.REGISTRY);

        robot.clickOn("#" + Screen.REGISTRY.navId());
        robot.type(KeyCode.DOWN);
        assertThat(window.selected()).isEqualTo(Screen.DEVICES);
        assertThat(robot.lookup("#content > #devices").tryQuery()).isPresent();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        assertThat(window.selected()).isEqualTo(Screen.SETTINGS);
        robot.type(KeyCode.UP);
        assertThat(window.selected()).isEqualTo(Screen.HISTORY);
    }

    @Test
    void anUnreachableNodeIsSaidInTheStatusBarWhileTheWindowStaysResponsive(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> label(robot, "#status-block").startsWith("Cannot reach the RPC at"));

        // Both clicks are handled by the FX thread while the chain is down: it was never blocked.
        robot.clickOn("#" + Screen.TREASURY.navId());
        robot.clickOn("#status-retry");

        assertThat(window.selected()).isEqualTo(Screen.TREASURY);
        assertThat(label(robot, "#status-block")).contains("127.0.0.1:" + deadPort);
    }

    @Test
    void theThemeSwitchSavesTheChoice(FxRobot robot) throws TimeoutException {
        robot.clickOn("#" + Screen.SETTINGS.navId());
        robot.clickOn("#theme-switch .thumb-area");

        assertThat(robot.lookup("#theme-switch").queryAs(ToggleSwitch.class).isSelected()).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> SettingsViewModel.savedTheme(new UiSettings(history)) == Theme.DARK);
        robot.interact(Theme.LIGHT::apply);
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
