package org.steward.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.format.Shown;
import org.steward.core.history.HistoryStore;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetOptions;
import org.steward.treasury.ui.AssetRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Values as a person reads them on the demo's screens, read from a real devnet: the Safe's tokens with
 * their symbol, the registry's parameters in their units, the metrics by name. With
 * {@code -Dsteward.test.shots=DIR} each screen is also written as a PNG for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ValueDisplayUiIT {

    private static Devnet devnet;
    private HistoryStore history;
    private ShellWindow window;

    /** The demo's data: models with stake, a parameter change waiting in a Governor proposal, metrics with a history. */
    @BeforeAll
    static void chain() {
        devnet = Devnet.start(DevnetOptions.forTests().withDemoData(true));
    }

    @AfterAll
    static void stop() {
        devnet.close();
    }

    @Start
    void start(Stage stage) throws IOException {
        history = DemoShell.freshHistory("steward-values-ui");
        window = DemoShell.open(stage, DemoShell.profile(devnet), history);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
        history.close();
    }

    @Test
    void tokensParametersAndMetricsReadInTheirUnits(FxRobot robot) throws TimeoutException {
        robot.clickOn("#" + Screen.TREASURY.navId());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#safe-assets").tryQuery()
                .map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        AssetRow stw = (AssetRow) robot.lookup("#safe-assets").queryTableView().getItems().get(0);
        assertThat(stw.symbol()).isEqualTo("STW");
        assertThat(stw.balance().text()).endsWith(" STW").contains(",");
        assertThat(stw.balance().exact()).contains("with 18 decimals");
        assertThat(robot.lookup("#safe-balance").queryLabeled().getTooltip().getText()).endsWith(" wei)");
        shot(robot, "treasury-overview");

        // One window for both screens: opening the shell on the seeded demo twice outlasts TestFX's setup timeout on a busy machine.
        robot.clickOn("#" + Screen.REGISTRY.navId());
        robot.clickOn("Parameters & emergency");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#registry-parameters").tryQuery()
                .map(n -> !((ListView<?>) n).getItems().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Shown> params = robot.lookup("#registry-parameters").queryAs(ListView.class);
        assertThat(params.getItems()).extracting(Shown::text)
                .anyMatch(t -> t.matches("Minimum stake \\(minStake\\): [\\d,.]+ STW"))
                .anyMatch(t -> t.matches("Unbonding period \\(unbondingPeriod\\): \\d+ (day|hour|minute)s?.*"))
                .anyMatch(t -> t.matches("Largest slash \\(maxSlashBps\\): [\\d.]+ %"));
        assertThat(robot.lookup("#registry-param-pending").queryAs(javafx.scene.control.TextArea.class).getText())
                .as("the demo's unvoted proposal raises the bond to 200 STW").contains("Challenge bond (challengeBond) → 200 STW");
        shot(robot, "registry-parameters");

        robot.clickOn("Metrics over time");
        WaitForAsyncUtils.waitForFxEvents();
        shot(robot, "registry-metrics-over-time");
        robot.clickOn("Models");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#registry-metrics").queryListView().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<org.steward.registry.ui.ModelRow> models = robot.lookup("#registry-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> models.getItems().stream().anyMatch(r -> r.stakeText().text().endsWith(" STW")));
        assertThat(robot.lookup(".metric-name").queryAll()).as("metrics read by name, not by their JSON keys")
                .extracting(n -> ((javafx.scene.control.Label) n).getText()).contains("Challenges upheld").doesNotContain("upheldChallengeShare");
        shot(robot, "registry-models");
    }

    /** A PNG of the window for a person to look at, when -Dsteward.test.shots names a folder. */
    private void shot(FxRobot robot, String name) {
        String dir = System.getProperty("steward.test.shots");
        if (dir == null) {
            return;
        }
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        robot.interact(() -> {
            try {
                Path folder = Files.createDirectories(Path.of(dir));
                ImageIO.write(SwingFXUtils.fromFXImage(window.stage().getScene().snapshot(null), null), "png",
                        new File(folder.toFile(), name + ".png"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
