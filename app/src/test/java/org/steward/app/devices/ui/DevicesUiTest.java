package org.steward.app.devices.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.app.account.SigningAccount;
import org.steward.app.account.SigningChoices;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.wallet.DeviceSessions;
import org.steward.core.eth.Wei;
import org.steward.ui.FxTaskRunner;
import org.steward.ui.StewardStyles;
import org.steward.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.steward.app.devices.AccountRow;
import org.steward.app.devices.BalanceSource;
import org.steward.app.devices.UdevRules;
import org.steward.app.devices.SimulatedDeviceCatalog;

/** The Devices screen on the demo's simulated Ledger and OneKey, under Monocle. */
@ExtendWith(ApplicationExtension.class)
class DevicesUiTest {

    /** anvil's first dev account, m/44'/60'/0'/0/0 of the demo mnemonic. */
    private static final String FIRST = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    /** m/44'/60'/0'/0/1: the demo Safe's second owner. */
    private static final String SECOND = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    private final FxTaskRunner runner = new FxTaskRunner();
    private DevicesView view;
    private HistoryStore history;
    private SigningAccount signing;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        BalanceSource balances = a -> a.equals(Address.parse(FIRST)) ? Wei.ofEther("10000") : Wei.ZERO;
        try {
            history = HistoryStore.open(Files.createTempDirectory("devices-ui").resolve("steward.db"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        DeviceSessions sessions = new DeviceSessions(SimulatedDeviceCatalog.demo());
        signing = new SigningAccount(sessions, new SigningChoices(history), "Demo DAO");
        view = DevicesView.create(sessions, balances, runner, signing);
        Scene scene = new Scene(view.root(), 1200, 720);
        StewardStyles.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> view.model().close());
        runner.close();
        history.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<AccountRow> table(FxRobot robot) {
        return robot.lookup("#account-table").queryAs(TableView.class);
    }

    /** A table cell takes its column's id. */
    private static List<String> cellTexts(FxRobot robot, String column) {
        return robot.lookup("#account-table").lookup(".table-cell").queryAll().stream()
                .filter(n -> column.equals(n.getId()))
                .filter(Labeled.class::isInstance).map(n -> shown((Labeled) n)).filter(t -> t != null && !t.isEmpty()).toList();
    }

    /** A cell's text, or for a cell drawn as labels (the address and its name) the first label's. */
    private static String shown(Labeled cell) {
        if (cell.getText() != null && !cell.getText().isEmpty()) {
            return cell.getText();
        }
        return cell.getGraphic() instanceof javafx.scene.Parent p
                ? p.getChildrenUnmodifiable().stream().filter(Labeled.class::isInstance).map(n -> ((Labeled) n).getText()).findFirst().orElse(null)
                : null;
    }

    @Test
    void theSimulatorsAreListedAsSuchAndTheAccountTableFillsWithTheDemoAccountsAndBalances(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 15);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#device-list .device-badge").queryAllAs(Labeled.class))
                .hasSize(2).extracting(Labeled::getText).containsOnly("simulated device");
        assertThat(robot.lookup("#accounts-status").queryLabeled().getText())
                .isEqualTo("15 accounts on the Ledger Nano X (simulated device)");
        assertThat(cellTexts(robot, "col-address")).contains(FIRST);
        assertThat(cellTexts(robot, "col-path")).contains("m/44'/60'/0'/0/0", "m/44'/60'/1'/0/0");
        assertThat(cellTexts(robot, "col-balance")).contains("10,000 ETH", "0 ETH");
        assertThat(table(robot).getItems().get(0).addressText()).isEqualTo(FIRST);
        assertThat(table(robot).getItems().get(0).balance()).isEqualTo("10,000 ETH");
    }

    @Test
    void onLinuxTheUdevHelpIsFoldedBelowTheDeviceListAndOpensWithTheCommands(FxRobot robot) {
        javafx.scene.control.TitledPane help = robot.lookup("#device-udev-help").queryAs(javafx.scene.control.TitledPane.class);
        assertThat(help.isExpanded()).isFalse();

        robot.clickOn(help.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(help.isExpanded()).isTrue();
        assertThat(((Labeled) help.getContent()).getText()).isEqualTo(UdevRules.onThisMachine().help())
                .contains("sudo udevadm control --reload-rules && sudo udevadm trigger");
    }

    @Test
    void showOnDeviceReportsWhatTheDeviceDisplays(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 15);
        assertThat(robot.lookup("#show-on-device").queryButton().isDisabled()).as("no row chosen").isTrue();

        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#show-on-device");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#show-result").queryLabeled().getText().isEmpty());

        assertThat(robot.lookup("#show-result").queryLabeled().getText())
                .isEqualTo("The device displays " + FIRST + " for m/44'/60'/0'/0/0: check that it matches.");
    }

    @Test
    void choosingTheOneKeyShowsItsBip44AccountsFirst(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 15);

        robot.clickOn("OneKey Classic 1S");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 10);

        assertThat(table(robot).getItems().get(0).layout()).isEqualTo("BIP-44");
        assertThat(table(robot).getItems().get(0).addressText()).isEqualTo(FIRST);
        assertThat(robot.lookup("#accounts-status").queryLabeled().getText())
                .isEqualTo("10 accounts on the OneKey Classic 1S (simulated device)");
        assertThat(robot.lookup("#device-firmware").queryLabeled().getText()).as("from the simulated firmware's Features message")
                .isEqualTo("OneKey Classic 1S runs firmware 3.0.0");
    }

    @Test
    void anAccountOfTheOneKeyChosenForSigningIsRememberedMarkedAndSignsThroughTheSameDoor(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 15);
        robot.clickOn("OneKey Classic 1S");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 10);

        robot.clickOn(robot.lookup("#account-table").lookup(".table-cell")
                .match((javafx.scene.Node n) -> "col-path".equals(n.getId()) && n instanceof Labeled l && "m/44'/60'/0'/0/1".equals(l.getText()))
                .<javafx.scene.Node>query());
        robot.clickOn("#use-for-signing");

        assertThat(signing.choice()).as("remembered for the profile").hasValueSatisfying(c -> {
            assertThat(c.deviceLabel()).isEqualTo("OneKey Classic 1S (simulated device)");
            assertThat(c.path().toString()).isEqualTo("m/44'/60'/0'/0/1");
            assertThat(c.address().checksummed()).isEqualTo(SECOND);
        });
        assertThat(robot.lookup("#signing-account").queryLabeled().getText())
                .isEqualTo("Signing with OneKey Classic 1S (simulated device) · m/44'/60'/0'/0/1 · " + SECOND);
        assertThat(cellTexts(robot, "col-signing")).as("the chosen row alone is marked").containsOnlyOnce("✓");
        SigningAccount.Resolved resolved = signing.resolve();
        assertThat(resolved.address().checksummed()).isEqualTo(SECOND);
        assertThat(resolved.signer().label()).isEqualTo("OneKey Classic 1S (simulated device)");
    }
}
