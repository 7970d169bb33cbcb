package org.steward.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetOptions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's team of signers on one machine, driven by clicks and keys: owner A queues and signs a
 * payment on the simulated Ledger, the signing account is switched to owner B on the simulated
 * OneKey on the Devices screen, B signs and executes; History has the three entries and the
 * Overview's balance follows without Refresh.
 */
@ExtendWith(ApplicationExtension.class)
class SafeTeamFlowUiIT {

    private static final String RECIPIENT = "0x00000000000000000000000000000000000bEEf2";
    private static Devnet devnet;
    private HistoryStore history;
    private ShellSession session;
    private FlowWindow window;

    @BeforeAll
    static void chain() {
        devnet = Devnet.start(new DevnetOptions(0, 0, 1, 50, 60, 4, 3600, false, false));
        devnet.setBalance(devnet.deployment().safe(), BigInteger.TEN.pow(18).multiply(BigInteger.TEN));
    }

    @AfterAll
    static void stop() {
        devnet.close();
    }

    @Start
    void start(Stage stage) throws IOException {
        window = FlowWindow.open(stage, devnet, "steward-team-ui", org.steward.app.devices.SimulatedDeviceCatalog.demo());
        session = window.session();
        history = window.history();
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ownerASignsOnTheLedgerOwnerBOnTheOneKeyAndExecutes(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#safe-balance").equals("10 ETH"));
        click(robot, "New transaction");
        click(robot, "#pay-to").write(RECIPIENT);
        click(robot, "#pay-eth").write("0.5");
        click(robot, "#pay-queue");
        click(robot, "Queue");
        TableView<org.steward.treasury.ui.QueueRow> queue = robot.lookup("#queue-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> queue.getItems().size() == 1);
        robot.clickOn(robot.from(queue).lookup(".table-row-cell").<Node>query());
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !robot.lookup("#review-sign").queryButton().isDisabled()
                && text(robot, "#review-signer").contains("m/44'/60'/0'/0/0"));
        org.steward.ui.review.CallTreeView calls = robot.lookup("#review-calls").queryAs(org.steward.ui.review.CallTreeView.class);
        org.steward.core.abi.CallNode payment = calls.getRoot().getValue();
        assertThat(payment.value().text()).as("the review reads the payment as a call, not a text block").isEqualTo("ETH transfer");
        assertThat(payment.find("Value").orElseThrow().value().text()).isEqualTo("0.5 ETH");
        assertThat(payment.find("Value").orElseThrow().value().exact()).contains("500000000000000000 wei");
        new FlowRobot(robot).shot("safe-1-payment-review");
        click(robot, "#review-sign");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> new SignedItems(history).recent(10).size() == 1);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        click(robot, "OneKey Classic 1S");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#accounts-status").startsWith("10 accounts on the OneKey"));
        TableView<org.steward.app.devices.AccountRow> accounts = robot.lookup("#account-table").queryAs(TableView.class);
        // Keys, as a person without a mouse does: into the table, to the first row, one down (BIP-44 #1, Ben).
        robot.clickOn(accounts).type(KeyCode.HOME).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> accounts.getSelectionModel().getSelectedItem() != null
                && accounts.getSelectionModel().getSelectedItem().pathText().equals("m/44'/60'/0'/0/1"));
        javafx.scene.control.Button use = robot.lookup("#use-for-signing").queryButton();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !use.isDisabled());
        ShellWindow before = session.window();
        robot.clickOn(use);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> new org.steward.app.account.SigningChoices(history).forProfile("Demo DAO")
                .map(c -> c.address().checksummed().equals("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")).orElse(false));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#status-account").tryQuery()
                .map(n -> ((Labeled) n).getText().contains("0x7099")).orElse(false));
        // The new account rebuilds the window: everything after this step must look at the new one.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session.window() != before);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.window().selected()).as("the window is rebuilt on the screen the person was on").isEqualTo(Screen.DEVICES);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        click(robot, "Queue");
        TableView<org.steward.treasury.ui.QueueRow> queueAgain = robot.lookup("#queue-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> queueAgain.getItems().size() == 1);
        robot.clickOn(robot.from(queueAgain).lookup(".table-row-cell").<Node>query());
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !robot.lookup("#review-sign").queryButton().isDisabled()
                && text(robot, "#review-signer").contains("OneKey Classic 1S (simulated device) · m/44'/60'/0'/0/1"));
        click(robot, "#review-sign");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> new SignedItems(history).recent(10).size() == 2);
        // The queue is read again after the signature and the review recomputed: wait for both to settle before Execute.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> queueAgain.getItems().size() == 1
                && queueAgain.getItems().get(0).confirmations().equals("2 of 2"));
        robot.clickOn(robot.from(queueAgain).lookup(".table-row-cell").<Node>query());
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !robot.lookup("#review-execute").queryButton().isDisabled()
                && text(robot, "#review-signer").contains("m/44'/60'/0'/0/1"));
        WaitForAsyncUtils.waitForFxEvents();
        // By keyboard: focus Execute and press Space, as a person tabbing to it does.
        javafx.scene.control.Button execute = robot.lookup("#review-execute").queryButton();
        robot.interact(execute::requestFocus);
        robot.type(KeyCode.SPACE);
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> queueAgain.getItems().isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("the execution did not leave the queue; the treasury says: " + statusTexts(robot) + "; risk: "
                    + robot.lookup("#review-flags").tryQuery().map(n -> ((javafx.scene.control.TextArea) n).getText()).orElse("?"), e);
        }

        List<SignedItems.Item> items = new SignedItems(history).recent(10);
        assertThat(items).hasSize(3);
        assertThat(items).extracting(i -> i.signer().checksummed()).containsExactlyInAnyOrder(
                "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
                "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        click(robot, "Overview");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#safe-balance").equals("9.5 ETH"));
    }

    /**
     * Clicks the node the query names. TestFX walks the scene graph from the test thread while the FX
     * thread may still be changing it (a table filling, a screen being built), which can throw mid-walk;
     * the walk is made again once the FX thread has caught up.
     */
    private static org.testfx.api.FxRobotInterface click(FxRobot robot, String query) {
        for (int attempt = 1; ; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                Node node = robot.lookup(query).query();
                return robot.clickOn(node);
            } catch (IndexOutOfBoundsException | java.util.ConcurrentModificationException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private static String statusTexts(FxRobot robot) {
        return robot.lookup(".label").queryAll().stream().filter(n -> n instanceof Labeled l && l.getText() != null
                && l.getText().length() > 20).map(n -> ((Labeled) n).getText()).limit(12).toList().toString();
    }

    private static String text(FxRobot robot, String query) {
        try {
            return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
        } catch (IndexOutOfBoundsException | java.util.ConcurrentModificationException walkRacedTheFxThread) {
            return "";
        }
    }
}
