package org.steward.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.history.HistoryStore;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What `steward demo` opens: the shell on a real devnet, following its blocks. */
@ExtendWith({DevnetExtension.class, ApplicationExtension.class})
class DemoOnDevnetUiIT {

    private static Devnet devnet;
    private HistoryStore history;
    private ShellWindow window;

    @BeforeAll
    static void chain(Devnet started) {
        devnet = started;
    }

    @Start
    void start(Stage stage) throws IOException {
        history = DemoShell.freshHistory("steward-demo-ui");
        window = DemoShell.open(stage, DemoShell.profile(devnet), history);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
        history.close();
    }

    @Test
    void theStatusBarFollowsTheDevnetsBlocks(FxRobot robot) throws TimeoutException {
        assertThat(window.stage().getTitle()).startsWith("Steward");
        assertThat(label(robot, "#status-chain-id")).isEqualTo("chain 31337");
        BigInteger now = devnet.client().blockNumber();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> label(robot, "#status-block").equals("block " + now));

        devnet.mine(3);
        BigInteger later = now.add(BigInteger.valueOf(3));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> label(robot, "#status-block").equals("block " + later));
        assertThat(robot.lookup("#status-demo").tryQuery()).as("demo mode is labelled").isPresent();
        assertThat(label(robot, "#status-device")).contains("simulated device");
    }

    @Test
    void theTreasuryScreenReadsTheDemoSafeFromTheChain(FxRobot robot) throws TimeoutException {
        robot.clickOn("#" + Screen.TREASURY.navId());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#safe-policy").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#safe-policy")).isEqualTo("2 of 3");
        assertThat(label(robot, "#safe-version")).isEqualTo("1.5.0");
        assertThat(label(robot, "#safe-status")).startsWith("Safe 1.5.0 on chain 31337");
        // The token's symbol and decimals come from the STW contract on the devnet, read once and kept in the history file.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup("#safe-assets").queryTableView().getItems().isEmpty());
        assertThat(robot.lookup("#safe-assets").queryTableView().getItems()).extracting(r -> (org.steward.treasury.ui.AssetRow) r)
                .extracting(r -> r.symbol() + " " + r.balance().text()).containsExactly("STW 5,000,000 STW");
        assertThat(robot.lookup("#safe-owners").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(3);

        robot.clickOn("Queue");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#queue-table").tryQuery().isPresent()
                && robot.lookup(".treasury-status").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals("Nothing waiting for signatures.")));
    }

    @Test
    void theGovernanceScreenIndexesTheGovernorOnChain(FxRobot robot) throws TimeoutException {
        robot.clickOn("#" + Screen.GOVERNANCE.navId());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("On-chain Governor").tryQuery().isPresent());
        robot.clickOn("On-chain Governor");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#governor-table").tryQuery().isPresent()
                && label(robot, "#governor-status").equals("No proposal on this Governor yet."));
        assertThat(robot.lookup("#governor-table").queryAs(javafx.scene.control.TableView.class).getItems()).isEmpty();

        robot.clickOn("My votes");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#my-votes-status").tryQuery().isPresent()
                && label(robot, "#my-votes-status").equals("No vote yet."));
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
