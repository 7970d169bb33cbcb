package org.steward.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.history.HistoryStore;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetOptions;
import org.steward.registry.ui.ModelRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The registry table on the demo DAO's real on-chain history: indexed in the background, then filtered. */
@ExtendWith(ApplicationExtension.class)
class RegistryScreenUiIT {

    private static Devnet devnet;
    private HistoryStore history;
    private ShellWindow window;

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
        history = DemoShell.freshHistory("steward-registry-ui");
        window = DemoShell.open(stage, DemoShell.profile(devnet), history);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
        history.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTableFillsFromTheChainAndFilters(FxRobot robot) throws TimeoutException {
        robot.clickOn("#" + Screen.REGISTRY.navId());
        TableView<ModelRow> table = robot.lookup("#registry-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() >= 20);
        assertThat(robot.lookup("#registry-status").queryAs(Label.class).getText()).contains("models, indexed to block");
        assertThat(table.getItems()).extracting(ModelRow::status).contains("Pending", "Active", "Challenged", "Exiting", "Removed");

        robot.interact(() -> robot.lookup("#registry-filter").queryAs(TextField.class).setText("removed"));
        assertThat(table.getItems()).singleElement().satisfies(row -> assertThat(row.status()).isEqualTo("Removed"));
        robot.interact(() -> robot.lookup("#registry-filter").queryAs(TextField.class).setText("challenged"));
        assertThat(table.getItems()).allSatisfy(row -> assertThat(row.challengeText()).startsWith("#"));

        ModelRow challenged = table.getItems().get(0);
        robot.interact(() -> table.getSelectionModel().select(challenged));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#model-timeline").tryQuery().isPresent());
        assertThat(robot.lookup("#model-challenges").queryAs(javafx.scene.control.TextArea.class).getText()).contains("opened by");
        assertThat(robot.lookup("#model-stake-chart").tryQuery()).isPresent();

        robot.clickOn("Disputes");
        TableView<?> disputes = robot.lookup("#disputes-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> disputes.getItems().size() >= 4);
    }
}
