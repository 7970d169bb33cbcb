package org.steward.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.abi.AbiFunction;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetOptions;
import org.steward.governance.domain.governor.KnownCalls;
import org.steward.governance.ui.governor.GovernorRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's token holder on the demo, by clicks and keys: delegate, vote on the proposal nobody
 * voted on, queue it once voting closed, execute it once the timelock's delay passed on the
 * devnet's clock; and the proposal builder, whose fields follow each registry and token function
 * picked by mouse or keyboard, proposing one that the Governor's list then shows. Every page
 * follows the actions without Refresh; buttons that cannot succeed say why beside them.
 */
@ExtendWith(ApplicationExtension.class)
class GovernorFlowUiIT {

    private static final String OPEN_PROPOSAL = "Raise the challenge bond to 200 STW";
    private static Devnet devnet;
    private HistoryStore history;
    private ShellSession session;
    private FlowWindow window;
    private final org.steward.app.devices.SimulatedDeviceCatalog devices = org.steward.app.devices.SimulatedDeviceCatalog.demo();

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
        window = FlowWindow.open(stage, devnet, "steward-governor-flow", devices);
        session = window.session();
        history = window.history();
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void delegateVoteQueueAdvanceTheClockAndExecute(FxRobot fx) {
        FlowRobot ui = new FlowRobot(fx);
        ui.screen(Screen.GOVERNANCE);
        ui.tab("On-chain Governor");

        // The demo's holders delegate to themselves: doing it again would change nothing, and the page says so.
        ui.tab("Delegation");
        ui.waitFor(60, "the delegation to be read", () -> ui.text("#delegation-summary").contains("delegate: yourself"));
        assertThat(ui.enabled("#delegation-self")).as("already its own delegate").isFalse();
        assertThat(ui.text("#delegation-self-note")).contains("already your own delegate");
        assertThat(ui.text("#delegation-summary")).matches("Balance [\\d,.]+ STW · votes [\\d,.]+ STW · delegate: yourself");

        Address other = devnet.accounts().get(1);
        ui.click("#delegation-address");
        fx.write(other.checksummed());
        ui.click("#delegation-other");
        ui.waitFor(90, "the delegation's review", () -> ui.enabled("#delegation-review-sign"));
        assertThat(ui.text("#delegation-review-signer")).contains("m/44'/60'/0'/0/0");
        ui.click("#delegation-review-sign");
        ui.waitFor(60, "the delegation to be mined", () -> ui.text("#delegation-outcome").contains("sent in transaction"));
        ui.waitFor(30, "the delegation page to follow", () -> ui.text("#delegation-summary").contains("delegate: " + other.checksummed())
                && ui.enabled("#delegation-self"));
        assertThat(ui.text("#delegation-summary")).contains("votes 0 STW");

        ui.click("#delegation-self");
        ui.waitFor(90, "the self-delegation's review", () -> ui.enabled("#delegation-review-sign"));
        ui.click("#delegation-review-sign");
        ui.waitFor(60, "the self-delegation to be mined", () -> ui.text("#delegation-summary").contains("delegate: yourself"));
        assertThat(ui.enabled("#delegation-self")).as("its own delegate again").isFalse();
        assertThat(new SignedItems(history).recent(10)).hasSize(2);

        ui.tab("Proposals");
        GovernorRow row = ui.selectByKeys("#governor-table", (GovernorRow r) -> r.title().equals(OPEN_PROPOSAL));
        BigInteger id = row.id();
        ui.waitFor(30, "the position to be read", () -> ui.text("#governor-position").contains("You have not voted yet"));
        assertThat(ui.enabled("#governor-vote-for")).as("an active proposal this account has not voted on").isTrue();
        assertThat(ui.enabled("#governor-queue")).isFalse();
        assertThat(ui.text("#governor-timelock-note")).contains("Queue once voting has closed");
        ui.shot("governor-1-active-unvoted");

        ui.click("#governor-reason");
        fx.write("Bonds should price a frivolous challenge out");
        ui.click("#governor-vote-for");
        ui.waitFor(90, "the vote's review", () -> ui.enabled("#governor-review-sign"));
        org.steward.core.abi.CallNode vote = fx.lookup("#governor-review-decoded").queryAs(org.steward.ui.review.CallTreeView.class)
                .callProperty().get();
        assertThat(vote.value().text()).isEqualTo("castVoteWithReason(proposalId, support, reason)");
        assertThat(vote.find("To").orElseThrow().value().text()).as("the Governor is named beside its address").startsWith("Governor (");
        assertThat(vote.find("reason").orElseThrow().value().text()).isEqualTo("\"Bonds should price a frivolous challenge out\"");
        assertThat(vote.find("support").orElseThrow().value().text()).isEqualTo("1 · For");
        assertThat(vote.find("proposalId").orElseThrow().value().exact()).isEqualTo(id.toString());
        org.steward.ui.signing.DeviceScreensView screens = fx.lookup("#governor-review-preview-screens")
                .queryAs(org.steward.ui.signing.DeviceScreensView.class);
        ui.waitFor(30, "the device's screens in the review", () -> !screens.screens().isEmpty());
        List<org.steward.core.sign.screen.DeviceScreen> preview = screens.screens();
        ui.shot("governor-2-vote-review");
        ui.click("#governor-review-sign");
        ui.waitFor(60, "the vote to be mined", () -> ui.text("#governor-outcome").contains("sent in transaction"));
        assertThat(devices.screens(org.steward.wallet.usb.DeviceKind.LEDGER).last())
                .as("the simulated Ledger showed, for the bytes it received, the screens the Governor review previewed").isEqualTo(preview);
        ui.waitFor(30, "the page to follow the vote", () -> ui.text("#governor-vote-note").contains("You have voted on this proposal")
                && ui.text("#governor-position").contains("You have voted"));
        assertThat(ui.enabled("#governor-vote-for")).as("the Governor takes one vote per account").isFalse();
        assertThat(ui.enabled("#governor-vote-against")).isFalse();
        ui.shot("governor-3-voted");

        // The voting period is counted in blocks: the devnet mines past it, and the page follows the new blocks.
        devnet.mine(60);
        ui.waitFor(60, "the proposal to succeed", () -> ui.enabled("#governor-queue"));
        assertThat(ui.text("#governor-vote-note")).contains("Voting is closed");
        ui.click("#governor-queue");
        ui.waitFor(90, "the queueing's review", () -> ui.enabled("#governor-review-sign"));
        ui.click("#governor-review-sign");
        ui.waitFor(60, "the queueing to be mined", () -> ui.text("#governor-outcome").contains("sent in transaction"));
        ui.waitFor(30, "the ETA to count down, Execute saying why it waits", () -> ui.text("#governor-eta").startsWith("Executable in")
                && ui.text("#governor-timelock-note").contains("ETA"));
        assertThat(ui.enabled("#governor-execute")).as("the ETA is not reached").isFalse();
        ui.shot("governor-4-queued-eta");

        // The timelock's delay passes on the chain's clock, which is now ahead of this machine's.
        devnet.increaseTime(devnet.options().timelockDelaySeconds() + 30);
        devnet.mine(1);
        ui.waitFor(60, "Execute to enable on chain time", () -> ui.enabled("#governor-execute"));
        assertThat(ui.text("#governor-eta")).startsWith("Ready to execute");
        ui.click("#governor-execute");
        ui.waitFor(90, "the execution's review", () -> ui.enabled("#governor-review-sign"));
        ui.click("#governor-review-sign");
        ui.waitFor(60, "the execution to be mined", () -> ui.text("#governor-outcome").contains("sent in transaction"));
        ui.waitFor(30, "the list to show it executed", () -> fx.lookup("#governor-table").queryTableView().getItems().stream()
                .anyMatch(r -> ((GovernorRow) r).id().equals(id) && ((GovernorRow) r).state().equals("Executed")));
        ui.waitFor(30, "the page to say it is executed", () -> ui.text("#governor-timelock-note").contains("Executed")
                && !ui.enabled("#governor-execute"));
        ui.shot("governor-5-executed");

        List<SignedItems.Item> items = new SignedItems(history).recent(10);
        assertThat(items).as("delegate away and back, vote, queue, execute: one entry each").hasSize(5);
        assertThat(items).allSatisfy(i -> assertThat(i.signer().checksummed()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBuilderShowsEachFunctionsFieldsAndItsProposalReachesTheList(FxRobot fx) {
        FlowRobot ui = new FlowRobot(fx);
        ui.screen(Screen.GOVERNANCE);
        ui.tab("On-chain Governor");
        ui.tab("Proposals");
        ui.waitFor(60, "the proposals to be read", () -> !fx.lookup("#governor-table").queryTableView().getItems().isEmpty());
        int proposalsBefore = fx.lookup("#governor-table").queryTableView().getItems().size();
        ui.tab("New proposal");
        ComboBox<AbiFunction> picker = fx.lookup("#abi-function").queryAs(ComboBox.class);
        List<AbiFunction> functions = List.copyOf(picker.getItems());
        List<AbiFunction> wanted = new java.util.ArrayList<>(KnownCalls.REGISTRY);
        wanted.addAll(org.steward.core.abi.Erc20Functions.all());
        assertThat(functions).as("every function of the registry and of the token").containsAll(wanted);

        // By keyboard: focus the picker and walk down it; each function shows exactly its own fields.
        fx.interact(picker::requestFocus);
        fx.interact(() -> picker.getSelectionModel().select(0));
        for (int i = 0; i < functions.size(); i++) {
            AbiFunction now = picker.getValue();
            assertFieldsOf(ui, fx, now);
            if (i + 1 < functions.size()) {
                fx.type(KeyCode.DOWN);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(picker.getValue()).as("DOWN picks the next function").isEqualTo(functions.get(i + 1));
            }
        }
        ui.shot("builder-1-keyboard-last");

        // By mouse: open the list and click a function's cell, for a few of the registry's and the token's.
        for (String name : List.of("challenge", "endorse", "transfer", "setParam")) {
            AbiFunction f = functions.stream().filter(fn -> fn.name().equals(name)).findFirst().orElseThrow();
            ui.click("#abi-function");
            ui.waitFor(10, "the function list to open", () -> picker.isShowing());
            javafx.scene.control.ListView<AbiFunction> list = (javafx.scene.control.ListView<AbiFunction>)
                    ((javafx.scene.control.skin.ComboBoxListViewSkin<AbiFunction>) picker.getSkin()).getPopupContent();
            fx.interact(() -> list.scrollTo(f));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.Node cell = fx.from(list).lookup(".list-cell").match((javafx.scene.control.ListCell<AbiFunction> c) -> f.equals(c.getItem())).query();
            fx.clickOn(cell);
            ui.waitFor(10, name + " to be picked by mouse", () -> f.equals(picker.getValue()));
            assertFieldsOf(ui, fx, f);
            Address home = name.equals("transfer") ? devnet.deployment().token() : devnet.deployment().registry();
            assertThat(fx.lookup("#builder-target").queryTextInputControl().getText()).as("the target follows " + name + " to its contract")
                    .isEqualTo(home.checksummed());
        }
        ui.shot("builder-2-mouse-setParam");

        // setParam(challengeBond, 175 STW) on the registry, proposed and shown in the list without Refresh.
        ui.write("#arg-0", org.web3j.utils.Numeric.toHexString(org.web3j.crypto.Hash.sha3("challengeBond".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        ui.write("#arg-1", "175000000000000000000");
        ui.click("#builder-add");
        ui.waitFor(10, "the action to be added", () -> fx.lookup("#builder-actions").queryListView().getItems().size() == 1);
        ui.click("#builder-description");
        fx.write("# Challenge bond 175 STW\n\nA middle way between 150 and 200.");
        ui.waitFor(10, "the preview", () -> ui.text("#builder-preview").contains("Proposal id"));
        ui.click("#builder-propose");
        ui.waitFor(90, "the proposal's review", () -> ui.enabled("#builder-review-sign"));
        ui.shot("builder-3-review");
        ui.click("#builder-review-sign");
        ui.waitFor(60, "the proposal to be mined", () -> ui.text("#builder-outcome").contains("sent in transaction"));
        ui.tab("Proposals");
        ui.waitFor(60, "the list to show the new proposal", () -> fx.lookup("#governor-table").queryTableView().getItems().size() == proposalsBefore + 1
                && fx.lookup("#governor-table").queryTableView().getItems().stream().anyMatch(r -> ((GovernorRow) r).title().equals("Challenge bond 175 STW")));
        ui.shot("builder-4-listed");
        assertThat(new SignedItems(history).recent(10)).hasSize(1);
    }

    /** The argument grid holds one labelled field per input of {@code f}, and nothing else. */
    private static void assertFieldsOf(FlowRobot ui, FxRobot fx, AbiFunction f) {
        GridPane grid = fx.lookup("#abi-arguments").queryAs(GridPane.class);
        List<String> labels = fx.from(grid).lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> !l.getStyleClass().contains("field-error")).map(Label::getText).toList();
        assertThat(labels).as("the fields of " + f.display()).containsExactlyElementsOf(f.inputs().stream().map(p -> p.label()).toList());
        assertThat(fx.from(grid).lookup(".text-field").queryAll()).hasSize(f.inputs().size());
    }
}
