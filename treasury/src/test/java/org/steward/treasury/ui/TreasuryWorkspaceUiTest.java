package org.steward.treasury.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.eth.Address;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.DirectTaskRunner;
import org.steward.core.token.TokenInfo;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The ERC-20 form on screen: the symbol beside the amount, the sentence under it as soon as it is typed, the result beside the button. */
@ExtendWith(ApplicationExtension.class)
class TreasuryWorkspaceUiTest {

    private static final Address USDC = Address.parse("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48");

    private final FakeSafeDesk desk = new FakeSafeDesk();

    @Start
    void start(Stage stage) {
        DirectTaskRunner runner = new DirectTaskRunner();
        SafeSession session = new SafeSession(desk, runner);
        SafeQueueViewModel queue = new SafeQueueViewModel(session, desk, runner, () -> DevicePrompts.NONE);
        Map<Address, TokenInfo> tokens = Map.of(USDC, TokenInfo.fromContract(USDC, "USD Coin", "USDC", BigInteger.valueOf(6)));
        TreasuryModels models = new TreasuryModels(session, new NewTransactionViewModel(session, desk, runner, tokens::get), queue,
                new TxServiceViewModel(session, queue, desk), new SafeHistoryViewModel(session, desk, runner),
                new TimelockViewModel(session, desk, runner, Optional.empty()));
        TreasuryWorkspace workspace = new TreasuryWorkspace(new StackPane(new Label("overview")), models, List.of());
        stage.setScene(new Scene(workspace.root(), 1280, 800));
        stage.show();
    }

    @Test
    void aTokenTransferIsTypedInWholeTokensAndRefusedBesideTheFieldWhenTooFine(FxRobot robot) {
        robot.clickOn("New transaction");
        robot.clickOn("#token").write(USDC.checksummed());
        robot.clickOn("#token-to").write(FakeSafeDesk.BOB.checksummed());
        robot.clickOn("#token-units").write("1.2345678");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#token-symbol").queryLabeled().getText()).isEqualTo("USDC");
        assertThat(robot.lookup("#token-amount-problem").queryLabeled().getText()).isEqualTo("USDC has 6 decimals: 1.2345678 has 7 after the point.");
        robot.clickOn("#token-queue");
        assertThat(desk.queued).isEmpty();

        robot.doubleClickOn("#token-units").eraseText(9).write("12.5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#token-amount-problem").queryLabeled().getText()).isEmpty();
        robot.clickOn("#token-queue");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(desk.queued).singleElement().satisfies(q -> assertThat(q.file().tx().to()).isEqualTo(USDC));
        assertThat(robot.lookup(".treasury-status").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Queued: review it, then sign on your device.");
        robot.clickOn("Queue");
        TableView<?> table = robot.lookup("#queue-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        org.steward.ui.review.CallTreeView calls = robot.lookup("#review-calls").queryAs(org.steward.ui.review.CallTreeView.class);
        assertThat(calls.getRoot().getValue().value().text()).as("the review reads the call as a tree, not a text block").contains("transfer(");
    }
}
