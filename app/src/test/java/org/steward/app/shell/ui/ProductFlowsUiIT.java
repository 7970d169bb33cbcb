package org.steward.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.app.history.ui.HistoryViewModel;
import org.steward.core.chain.DeviceTransactions.Account;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.net.DaoProfile;
import org.steward.core.history.DaoProfiles;
import org.steward.core.notify.NoticeBoard;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetOptions;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.service.TreasuryDesk;
import org.steward.treasury.service.share.SafeQueue;
import org.steward.ui.Theme;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.steward.app.shell.ShellContext;

/**
 * The product screens of issue 7 on a real devnet and the loopback hub: notifications and their
 * links, the history's search, filter and links, DAO profiles (check, save, switch), the address
 * book's names on other screens, and the About box, driven by mouse and keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class ProductFlowsUiIT {

    private static Devnet devnet;
    private static String queuedHash;
    private HistoryStore history;
    private ShellSession session;

    @BeforeAll
    static void chain() {
        devnet = Devnet.start(new DevnetOptions(0, 0, 1, 50, 60, 4, 3600, false, true));
    }

    @AfterAll
    static void stop() {
        devnet.close();
    }

    private DaoProfile demoProfile() {
        return DemoShell.profile(devnet);
    }

    /** Owner 1 (a simulated OneKey) queues and signs a payment: the demo device's account 0 still has to sign it. */
    private void queueAPaymentSignedByOwner1() {
        Account owner1 = Account.of(SimulatedDevices.oneKey(SimulatedSeed.demo(), new SimulatedBehaviour()), DerivationPath.bip44(1));
        try (TreasuryDesk desk = new TreasuryDesk(devnet.client().network(), devnet.deployment().safe(), List.of(), history, () -> owner1)) {
            SafeState state = desk.controls();
            SafeQueue.Queued queued = desk.enqueue(state, SafeTx.call(Address.parse("0x00000000000000000000000000000000000beef1"),
                    BigInteger.ONE, new byte[0], state.nonce()), "test");
            queuedHash = desk.confirmOffChain(state, queued, DevicePrompts.NONE).safeTxHash().hex();
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        history = DemoShell.freshHistory("steward-product-ui");
        queueAPaymentSignedByOwner1();
        DaoProfiles profiles = new DaoProfiles(history);
        profiles.save(demoProfile(), Optional.empty());
        profiles.setActive("Demo DAO");
        session = ShellSession.open(stage, new ShellContext(demoProfile(), history, true, org.steward.app.devices.SimulatedDeviceCatalog.demo()),
                Theme.LIGHT);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(session::close);
        history.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBellCountsWhatWantsYouAndEnterLeadsToTheSafeTransaction(FxRobot robot) throws TimeoutException {
        Button bell = robot.lookup("#notifications-bell").queryAs(Button.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !bell.getText().isEmpty());
        int unread = Integer.parseInt(bell.getText());
        ListView<NoticeBoard.Entry> list = robot.lookup("#notifications-list").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(e -> e.notice().title())
                .contains("Safe transaction waiting for your signature", "New Snapshot proposal");
        assertThat(list.getItems()).as("the demo's weighted proposal closes within the day and the demo account has not voted")
                .anyMatch(e -> e.notice().title().startsWith("You have not voted: closes in")
                        && e.notice().detail().equals("Treasury allocation for the next quarter"));
        assertThat(unread).isEqualTo(list.getItems().size());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(robot.lookup("#notifications").query().isVisible()).isTrue();
        int safeRow = list.getItems().stream().map(e -> e.notice().target().subject()).toList().indexOf(queuedHash);
        robot.interact(() -> list.getSelectionModel().select(safeRow));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.window().selected()).isEqualTo(Screen.TREASURY);
        TabPane treasury = robot.lookup("#treasury").queryAs(TabPane.class);
        assertThat(treasury.getSelectionModel().getSelectedItem().getText()).isEqualTo("Queue");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#review-text").tryQuery()
                .map(n -> ((TextArea) n).getText().contains(queuedHash)).orElse(false));
        javafx.scene.control.TableView<org.steward.treasury.ui.QueueRow> queue = robot.lookup("#queue-table").queryAs(javafx.scene.control.TableView.class);
        assertThat(queue.getSelectionModel().getSelectedItem().queued().safeTxHash().hex())
                .as("the queue highlights the transaction the notice was about").isEqualToIgnoringCase(queuedHash);
        assertThat(bell.getText()).isEqualTo(unread == 1 ? "" : Integer.toString(unread - 1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSnapshotNoticeOpensItsProposalAndHighlightsItsRow(FxRobot robot) throws TimeoutException {
        assertThat(session.window().selected()).isEqualTo(Screen.GOVERNANCE);
        TableView<org.steward.governance.ui.ProposalRow> table = robot.lookup("#proposal-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedItem() != null);
        String shownFirst = table.getSelectionModel().getSelectedItem().proposal().id();
        ListView<NoticeBoard.Entry> list = robot.lookup("#notifications-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> list.getItems().stream()
                .anyMatch(e -> e.notice().title().equals("New Snapshot proposal") && !e.notice().target().subject().equals(shownFirst)));
        NoticeBoard.Entry other = list.getItems().stream()
                .filter(e -> e.notice().title().equals("New Snapshot proposal") && !e.notice().target().subject().equals(shownFirst))
                .findFirst().orElseThrow();

        robot.clickOn("#notifications-bell");
        robot.interact(() -> list.getSelectionModel().select(other));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getSelectionModel().getSelectedItem().proposal().id())
                .as("the list highlights the proposal the notice was about").isEqualTo(other.notice().target().subject());
        assertThat(robot.lookup("#proposal-detail").query().isVisible()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHistoryIsSearchedFilteredAndLeadsToWhatAnEntryWasAbout(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        assertThat(session.window().selected()).isEqualTo(Screen.HISTORY);
        TableView<SignedItems.Item> table = robot.lookup("#history-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        ComboBox<HistoryViewModel.Show> show = robot.lookup("#history-show").queryAs(ComboBox.class);
        robot.interact(() -> show.setValue(HistoryViewModel.Show.SNAPSHOT_VOTES));
        assertThat(table.getItems()).isEmpty();
        robot.interact(() -> show.setValue(HistoryViewModel.Show.SAFE_SIGNATURES));
        assertThat(table.getItems()).singleElement().extracting(SignedItems.Item::subject).asString().contains(queuedHash);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup("#history-filter").queryAs(TextField.class).isFocused()).as("Ctrl+F goes to the screen's search").isTrue();
        robot.write("no-such-thing");
        assertThat(table.getItems()).isEmpty();
        robot.interact(() -> robot.lookup("#history-filter").queryAs(TextField.class).setText(queuedHash.substring(2, 12)));
        assertThat(table.getItems()).hasSize(1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#history-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.window().selected()).isEqualTo(Screen.TREASURY);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#review-text").tryQuery()
                .map(n -> ((TextArea) n).getText().contains(queuedHash)).orElse(false));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProfileIsCheckedSavedAndSwitchedTo(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        robot.clickOn("Profiles");
        ListView<DaoProfile> list = robot.lookup("#profiles-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        robot.clickOn("#profile-new");
        set(robot, "#profile-form-name", "Devnet treasury");
        set(robot, "#profile-form-chainId", "31337");
        robot.interact(() -> robot.lookup("#profile-form-rpcUrls").queryAs(TextArea.class).setText(devnet.rpcUrl().toString()));
        set(robot, "#profile-form-explorer", "");
        set(robot, "#profile-form-safe", devnet.deployment().safe().checksummed());
        set(robot, "#profile-form-governor", devnet.deployment().token().checksummed());
        robot.clickOn("#profile-check");
        ListView<?> checks = robot.lookup("#profile-check-lines").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> checks.getItems().size() == 3);
        assertThat(label(robot, "#profile-status")).isEqualTo("1 of 3 checks failed: see the lines marked ✗.");
        assertThat(checks.getItems().toString()).contains("Governor").contains("it is not a Governor");

        set(robot, "#profile-form-governor", "");
        set(robot, "#profile-form-safe", "0x5aFE3855358E112B5647B952709E6165e1c1eEEx");
        robot.clickOn("#profile-save");
        assertThat(label(robot, "#profile-form-safe-error")).contains("is not an address");
        set(robot, "#profile-form-safe", devnet.deployment().safe().checksummed());
        robot.clickOn("#profile-switch");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session.window().stage().getTitle().equals("Steward — Devnet treasury (devnet, simulated devices)"));
        assertThat(new DaoProfiles(history).activeName()).contains("Devnet treasury");
        assertThat(session.window().context().profile().governor()).isEmpty();
        robot.clickOn("#" + Screen.TREASURY.navId());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#safe-policy").tryQuery().isPresent());
    }

    @Test
    void aSavedNameShowsWhereverTheAddressIsShown(FxRobot robot) throws TimeoutException {
        robot.clickOn("#" + Screen.SETTINGS.navId());
        robot.clickOn("Address book");
        set(robot, "#address-book-address", devnet.deployment().safe().checksummed());
        robot.clickOn("#address-book-name").write("Treasury Safe").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> label(robot, "#address-book-status").equals("Saved \"Treasury Safe\"."));
        saveName(robot, "0x00000000000000000000000000000000000beef1", "Beef recipient");
        saveName(robot, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "Owner Bob");
        robot.clickOn("#" + Screen.TREASURY.navId());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".address-name").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("Treasury Safe")));

        robot.clickOn("Queue");
        TableView<org.steward.treasury.ui.QueueRow> queue = robot.lookup("#queue-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !queue.getItems().isEmpty());
        robot.interact(() -> queue.getSelectionModel().select(0));
        TextArea review = robot.lookup("#review-text").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> review.getText().contains("Your Ledger will show"));
        String[] parts = review.getText().split("Your Ledger will show:", 2);
        org.steward.ui.review.CallTreeView calls = robot.lookup("#review-calls").queryAs(org.steward.ui.review.CallTreeView.class);
        assertThat(calls.getRoot().getValue().find("To").orElseThrow().value().text()).as("the decoded call names the saved recipient")
                .isEqualTo("Beef recipient (" + org.steward.core.eth.Address.parse("0x00000000000000000000000000000000000beef1").shortForm() + ")");
        assertThat(parts[1]).as("the device's own text is shown exactly as the device will show it").doesNotContain("Beef recipient");
        assertThat(label(robot, "#review-signer")).as("the review names who signs: device, path, address")
                .startsWith("Signs with ").contains("m/44'/60'/0'/0/0");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        TableView<SignedItems.Item> history = robot.lookup("#history-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !history.getItems().isEmpty());
        assertThat(robot.from(history).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .as("the history's signer column names the owner").anyMatch(c -> "Owner Bob".equals(c.getText()));
    }

    private void saveName(FxRobot robot, String address, String name) throws TimeoutException {
        set(robot, "#address-book-address", address);
        robot.interact(() -> robot.lookup("#address-book-name").queryAs(TextField.class).clear());
        robot.clickOn("#address-book-name").write(name).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> label(robot, "#address-book-status").startsWith("Saved \"" + name + "\""));
    }

    @Test
    void theAboutBoxListsTheVersions(FxRobot robot) {
        robot.clickOn("#" + Screen.SETTINGS.navId());
        robot.clickOn("#settings-about");
        Node grid = robot.lookup("#about-versions").query();
        String text = robot.from(grid).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList().toString();
        assertThat(text).contains("Java").contains("JavaFX").contains(history.file().toString());
        robot.type(KeyCode.ESCAPE);
    }

    private static void set(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).setText(text));
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
