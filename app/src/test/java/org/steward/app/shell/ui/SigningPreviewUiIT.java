package org.steward.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.app.devices.SimulatedDeviceCatalog;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.sign.screen.DeviceScreen;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetOptions;
import org.steward.governance.ui.ProposalRow;
import org.steward.ui.Theme;
import org.steward.ui.signing.DeviceScreensView;
import org.steward.wallet.usb.DeviceKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reviews show the signing device's screens for what they will send: after signing, the
 * simulated Ledger's own record of its screens must be the preview the review showed, for a Safe
 * confirmation (EIP-712 SafeTx) and a Snapshot vote (EIP-712 Vote). Writes pictures of both reviews
 * at 1280x800 to target/signing-preview.
 */
@ExtendWith(ApplicationExtension.class)
class SigningPreviewUiIT {

    private static Devnet devnet;
    private final SimulatedDeviceCatalog devices = SimulatedDeviceCatalog.demo();
    private HistoryStore history;
    private ShellSession session;
    private FlowWindow window;

    @BeforeAll
    static void chain() {
        devnet = Devnet.start(new DevnetOptions(0, 0, 1, 50, 60, 4, 3600, false, true));
        devnet.setBalance(devnet.deployment().safe(), BigInteger.TEN.pow(18).multiply(BigInteger.TEN));
    }

    @AfterAll
    static void stop() {
        devnet.close();
    }

    @Start
    void start(Stage stage) throws IOException {
        Theme.LIGHT.apply();
        window = FlowWindow.open(stage, devnet, "steward-preview-ui", devices);
        session = window.session();
        history = window.history();
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSafeReviewShowsTheLedgersScreensForTheConfirmationItSends(FxRobot robot) throws TimeoutException, IOException {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#safe-balance").equals("10 ETH"));
        robot.clickOn("New transaction");
        robot.clickOn("#pay-to").write("0x00000000000000000000000000000000000beef3");
        robot.clickOn("#pay-eth").write("0.25");
        robot.clickOn("#pay-queue");
        robot.clickOn("Queue");
        TableView<org.steward.treasury.ui.QueueRow> queue = robot.lookup("#queue-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> queue.getItems().size() == 1);
        robot.interact(() -> queue.getSelectionModel().select(0));
        DeviceScreensView screens = robot.lookup("#review-preview-screens").queryAs(DeviceScreensView.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !screens.screens().isEmpty() && !robot.lookup("#review-sign").queryButton().isDisabled());
        List<DeviceScreen> preview = screens.screens();
        assertThat(preview.stream().flatMap(s -> s.parts().stream()).map(DeviceScreen.Part::title))
                .as("full EIP-712 on the demo's Nano X: the SafeTx fields by name, the message hash last")
                .contains("to", "value", "operation", "nonce", "Message hash (1/2)");
        scrollTo(robot, screens);
        picture(robot, window.stage().getScene(), "safe-review.png");

        robot.clickOn("#review-sign");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> new SignedItems(history).recent(10).size() == 1);
        assertThat(devices.screens(DeviceKind.LEDGER).last()).as("what the simulated Ledger showed for the bytes it received").isEqualTo(preview);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theVoteDialogShowsTheLedgersScreensForTheVoteItSends(FxRobot robot) throws TimeoutException, IOException {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        TableView<ProposalRow> table = robot.lookup("#proposal-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().stream().anyMatch(SigningPreviewUiIT::votable));
        ProposalRow row = table.getItems().stream().filter(SigningPreviewUiIT::votable).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(row));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#proposal-vote").tryQuery().isPresent());
        robot.clickOn("#proposal-vote");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#vote-choice-1").match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#vote-choice-1");
        robot.clickOn("#vote-review");
        DeviceScreensView screens = robot.lookup("#vote-preview-screens").queryAs(DeviceScreensView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !screens.screens().isEmpty());
        List<DeviceScreen> preview = screens.screens();
        assertThat(preview.stream().flatMap(s -> s.parts().stream()).map(DeviceScreen.Part::title))
                .contains("space", "proposal (1/2)", "choice", "Message hash (1/2)");
        Stage dialog = (Stage) screens.getScene().getWindow();
        robot.interact(() -> {
            dialog.setWidth(1280);
            dialog.setHeight(800);
        });
        scrollTo(robot, screens);
        picture(robot, dialog.getScene(), "vote-review.png");

        scrollTo(robot, robot.lookup("#vote-sign").query());
        robot.clickOn("#vote-sign");
        Label status = robot.lookup("#vote-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("Vote recorded by Snapshot"));
        assertThat(devices.screens(DeviceKind.LEDGER).last()).isEqualTo(preview);
    }

    private static boolean votable(ProposalRow r) {
        return r.proposal().state() == org.steward.governance.domain.hub.ProposalState.ACTIVE && !r.proposal().shielded()
                && "single-choice".equals(r.proposal().type());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse("");
    }

    /** Scrolls the review so the device's screens are at the top of what the picture shows. */
    private static void scrollTo(FxRobot robot, javafx.scene.Node node) {
        robot.interact(() -> {
            javafx.scene.Parent p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                double range = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(range <= 0 ? 0 : Math.min(1, (y - 8) / range));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void picture(FxRobot robot, Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        File dir = new File("target/signing-preview");
        dir.mkdirs();
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", new File(dir, name));
    }
}
