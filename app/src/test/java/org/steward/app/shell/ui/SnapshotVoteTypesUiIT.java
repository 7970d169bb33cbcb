package org.steward.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetOptions;
import org.steward.governance.ui.ProposalRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13's test 2, by clicks and keys on the demo devnet and its Snapshot hub: a vote of each of
 * the seven voting types through the dialog's controls (no JSON anywhere); after each one the
 * proposal page says "You voted: …" by name, the header's count of active proposals without your
 * vote drops, the recount agrees with the hub, and My votes lists it, all without Refresh. Then the
 * signing account is changed from inside a vote dialog. Pictures of each dialog go to
 * target/vote-dialogs for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class SnapshotVoteTypesUiIT {

    private static final Path PICTURES = Path.of("target", "vote-dialogs");
    private static Devnet devnet;
    private HistoryStore history;
    private ShellSession session;
    private FlowWindow window;

    @BeforeAll
    static void chain() {
        // The shell's first window on the devnet with a hub took longer than TestFX's 30 s setup limit
        // now and then on a shared 2-core machine (load above 20); the limit is for a hung start, not a slow one.
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        devnet = Devnet.start(new DevnetOptions(0, 0, 1, 50, 60, 4, 3600, false, true));
    }

    @AfterAll
    static void stop() {
        devnet.close();
    }

    @Start
    void start(Stage stage) throws IOException {
        window = FlowWindow.open(stage, devnet, "steward-vote-types-ui", org.steward.app.devices.SimulatedDeviceCatalog.demo());
        session = window.session();
        history = window.history();
    }

    @AfterEach
    void close(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void aVoteOfEachTypeIsMadeByNameAndEveryViewFollowsWithoutRefresh(FxRobot robot) throws Exception {
        TableView<ProposalRow> table = table(robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() >= 8);
        List<String> voted = new ArrayList<>();

        vote(robot, "Host the next community call", "single-choice", r -> click(robot, "#vote-choice-2"), "2 · Discord", voted);

        vote(robot, "Which model licences may the registry list?", "approval", r -> {
            click(robot, "#vote-choice-3");
            click(robot, "#vote-choice-1");
            assertThat(text(robot, "#vote-summary")).isEqualTo("Your vote: 1 · Apache-2.0, 3 · OpenRAIL");
        }, "1 · Apache-2.0, 3 · OpenRAIL", voted);

        vote(robot, "Q1 grants: split the community pool", "quadratic", r -> {
            assertThat(text(robot, "#vote-choice-problem")).as("nothing is wrong before anything is typed").isEmpty();
            click(robot, "#vote-amount-1 .text-field").write("3");
            click(robot, "#vote-amount-2 .text-field").write("1x");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(text(robot, "#vote-choice-problem")).isEqualTo("The amount for Evaluations (\"1x\") is not a number: type e.g. 3 or 0.5.");
            assertThat(robot.lookup("#vote-review").queryButton().isDisabled()).isTrue();
            robot.type(KeyCode.BACK_SPACE);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(text(robot, "#vote-choice-problem")).isEmpty();
            assertThat(text(robot, "#vote-summary")).isEqualTo("Your vote: Tooling 75 % · Evaluations 25 %");
            assertThat(text(robot, "#vote-share-1")).isEqualTo("75 %");
        }, "Tooling 75 % · Evaluations 25 %", voted);

        vote(robot, "Elect the registry's deputy curator", "ranked-choice", r -> {
            ListView<?> order = robot.lookup("#vote-order").queryAs(ListView.class);
            robot.clickOn(order);
            // grace.eth to the top by keys, then heidi.eth up one by the button.
            robot.type(KeyCode.HOME).type(KeyCode.DOWN).type(KeyCode.DOWN);
            robot.press(KeyCode.ALT).type(KeyCode.UP).type(KeyCode.UP).release(KeyCode.ALT);
            robot.type(KeyCode.END);
            click(robot, "#vote-move-up");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(cells(robot)).containsExactly("1st · grace.eth", "2nd · erin.eth", "3rd · heidi.eth", "4th · frank.eth");
        }, "1st · grace.eth, 2nd · erin.eth, 3rd · heidi.eth, 4th · frank.eth", voted);

        vote(robot, "Treasury allocation for the next quarter", "weighted", r -> {
            click(robot, "#vote-amount-1 .text-field").write("5");
            click(robot, "#vote-amount-2 .text-field").write("3");
            // The spinner's arrow keys count up from nothing: two presses, 2.
            click(robot, "#vote-amount-3 .text-field").type(KeyCode.UP).type(KeyCode.UP);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(text(robot, "#vote-summary")).isEqualTo("Your vote: Stablecoins 50 % · ETH 30 % · STW buybacks 20 %");
        }, "Stablecoins 50 % · ETH 30 % · STW buybacks 20 %", voted);

        vote(robot, "Adopt the model-card standard v2", "basic", r -> click(robot, "#vote-choice-1"), "1 · For", voted);

        vote(robot, "Order of next year's audits", "copeland", r -> {
            ListView<?> order = robot.lookup("#vote-order").queryAs(ListView.class);
            robot.clickOn(order);
            // Treasury (last) to the top with Ctrl+Up, as on a keyboard without Alt at hand.
            robot.type(KeyCode.END);
            robot.press(KeyCode.CONTROL).type(KeyCode.UP).type(KeyCode.UP).type(KeyCode.UP).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(cells(robot)).containsExactly("1st · Treasury", "2nd · Registry", "3rd · Bond escrow", "4th · Timelock");
        }, "1st · Treasury, 2nd · Registry, 3rd · Bond escrow, 4th · Timelock", voted);

        assertThat(new SignedItems(history).recent(100)).as("one History entry per vote").hasSize(7);
        click(robot, "My votes");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cellTexts(robot).containsAll(voted));
        assertThat(cellTexts(robot)).as("My votes reads each choice by name").contains("2 · Discord", "1 · Apache-2.0, 3 · OpenRAIL",
                "Tooling 75 % · Evaluations 25 %", "1st · grace.eth, 2nd · erin.eth, 3rd · heidi.eth, 4th · frank.eth",
                "Stablecoins 50 % · ETH 30 % · STW buybacks 20 %", "1 · For", "1st · Treasury, 2nd · Registry, 3rd · Bond escrow, 4th · Timelock");
    }

    @Test
    void aRankingIsReorderedByDraggingARow(FxRobot robot) throws Exception {
        TableView<ProposalRow> table = table(robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() >= 8);
        select(robot, table, "Order of next year's audits");
        click(robot, "#proposal-vote");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#vote-dialog").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.drag(cell(robot, "4th · Treasury"), javafx.scene.input.MouseButton.PRIMARY).dropTo(cell(robot, "1st · Registry"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cells(robot)).containsExactly("1st · Treasury", "2nd · Registry", "3rd · Bond escrow", "4th · Timelock");
        assertThat(text(robot, "#vote-summary")).isEqualTo("Your vote: 1st · Treasury, 2nd · Registry, 3rd · Bond escrow, 4th · Timelock");
        click(robot, "#vote-close");
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.lookup("#vote-order .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> text.equals(c.getText())).findFirst().orElseThrow(() -> new AssertionError("no place " + text));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAccountIsChangedFromInsideTheDialogWhichKeepsThePickAndNamesTheNewSigner(FxRobot robot) throws Exception {
        TableView<ProposalRow> table = table(robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() >= 8);
        select(robot, table, "Host the next community call");
        click(robot, "#proposal-vote");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#vote-dialog").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        click(robot, "#vote-choice-3");
        click(robot, "#vote-review");
        TextArea review = robot.lookup("#vote-review-text").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> review.getText().contains("Digest"));
        assertThat(review.getText()).contains("Vote by 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        ShellWindow before = session.window();

        click(robot, "#vote-change-account");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#account-table").tryQuery().isPresent());
        click(robot, "OneKey Classic 1S");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#accounts-status").startsWith("10 accounts on the OneKey"));
        TableView<org.steward.app.devices.AccountRow> accounts = robot.lookup("#account-table").queryAs(TableView.class);
        robot.clickOn(accounts).type(KeyCode.HOME).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> accounts.getSelectionModel().getSelectedItem() != null
                && accounts.getSelectionModel().getSelectedItem().pathText().equals("m/44'/60'/0'/0/1"));
        click(robot, "#use-for-signing");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#account-table").tryQuery().isEmpty());

        assertThat(text(robot, "#vote-signer")).contains("OneKey Classic 1S (simulated device) · m/44'/60'/0'/0/1", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        assertThat(review.getText()).as("the review named the old account: it is void").isEmpty();
        assertThat(text(robot, "#vote-status")).startsWith("The signing account changed");
        assertThat(robot.lookup("#vote-choice-3").queryAs(javafx.scene.control.RadioButton.class).isSelected()).as("the pick stays").isTrue();
        assertThat(session.window()).as("the window waits for the dialog before it follows the new account").isSameAs(before);
        picture(robot, "after-change-account");

        click(robot, "#vote-review");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> review.getText().contains("Digest"));
        assertThat(review.getText()).contains("Vote by 0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        click(robot, "#vote-sign");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#vote-status").startsWith("Vote recorded by Snapshot: 3 · Video call."));
        assertThat(new SignedItems(history).recent(10)).singleElement()
                .satisfies(item -> assertThat(item.signer().checksummed()).isEqualTo("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        click(robot, "#vote-close");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session.window() != before);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#status-account").contains("0x7099"));
        TableView<ProposalRow> rebuilt = table(robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> rebuilt.getItems().size() >= 8);
        select(robot, rebuilt, "Host the next community call");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#proposal-my-vote").startsWith("You voted: 3 · Video call ("));
    }

    /**
     * Opens the proposal by keys, votes through {@code choose}, signs, closes the dialog with Esc
     * and checks that the page, the header and the recount follow.
     */
    private void vote(FxRobot robot, String title, String type, Consumer<FxRobot> choose, String readsAs, List<String> voted)
            throws TimeoutException, IOException {
        TableView<ProposalRow> table = table(robot);
        Labeled header = robot.lookup("#proposal-status").queryAs(Labeled.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> unvoted(header.getText()) >= 1);
        int before = unvoted(header.getText());
        ProposalRow row = select(robot, table, title);
        assertThat(row.type()).isEqualTo(type);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#proposal-my-vote").equals("You have not voted on this proposal."));

        click(robot, "#proposal-vote");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#vote-dialog").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        assertThat(robot.lookup("#vote-review").queryButton().isDisabled()).as("no review before a choice").isTrue();
        assertThat(text(robot, "#vote-hint")).isEqualTo("Make your choice above to review the vote.");
        picture(robot, type + "-opened");
        choose.accept(robot);
        click(robot, "#vote-review");
        TextArea review = robot.lookup("#vote-review-text").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> review.getText().contains("Digest"));
        assertThat(review.getText()).as("the review reads the vote by name").contains("Choice " + readsAs + " (signed as ");
        picture(robot, type);
        click(robot, "#vote-sign");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#vote-status").startsWith("Vote recorded by Snapshot: " + readsAs + "."));
        assertThat(robot.lookup("#vote-sign").queryButton().isDisabled()).as("one press, one signature").isTrue();
        click(robot, "#vote-close");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#vote-dialog").tryQuery().isEmpty());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#proposal-my-vote").startsWith("You voted: " + readsAs + " ("));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> unvoted(header.getText()) == before - 1);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#proposal-recount").startsWith("Verified"));
        assertThat(text(robot, "#proposal-recount")).doesNotContain("differs");
        voted.add(row.proposal().id());
    }

    /** Walks the table by keys, as a person does, to the proposal titled {@code title}. */
    private static ProposalRow select(FxRobot robot, TableView<ProposalRow> table, String title) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().stream().anyMatch(r -> r.title().equals(title)));
        robot.interact(table::requestFocus);
        robot.type(KeyCode.HOME);
        for (int i = 0; i < table.getItems().size(); i++) {
            WaitForAsyncUtils.waitForFxEvents();
            ProposalRow now = table.getSelectionModel().getSelectedItem();
            if (now != null && now.title().equals(title)) {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#proposal-vote").tryQuery().isPresent());
                return now;
            }
            robot.type(KeyCode.DOWN);
        }
        throw new AssertionError("no row titled " + title);
    }

    private static void picture(FxRobot robot, String type) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.window(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Vote:"));
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = dialog.getScene().snapshot(null));
        File file = PICTURES.resolve("vote-" + type + ".png").toFile();
        file.getParentFile().mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file);
    }

    @SuppressWarnings("unchecked")
    private static TableView<ProposalRow> table(FxRobot robot) {
        return robot.lookup("#proposal-table").queryAs(TableView.class);
    }

    private static List<String> cells(FxRobot robot) {
        // The list reuses its cells: read them in the order of their places, not of the scene graph.
        return robot.lookup("#vote-order .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getText() != null)
                .sorted(java.util.Comparator.comparingInt(javafx.scene.control.ListCell::getIndex))
                .map(javafx.scene.control.ListCell::getText).toList();
    }

    private static List<String> cellTexts(FxRobot robot) {
        try {
            return robot.lookup(".table-cell").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
        } catch (IndexOutOfBoundsException | java.util.ConcurrentModificationException walkRacedTheFxThread) {
            return List.of();
        }
    }

    private static int unvoted(String header) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) active without your vote").matcher(header == null ? "" : header);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Clicks what the query names, walking the scene again should the walk race the FX thread (see SafeTeamFlowUiTest). */
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

    private static String text(FxRobot robot, String query) {
        try {
            return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
        } catch (IndexOutOfBoundsException | java.util.ConcurrentModificationException walkRacedTheFxThread) {
            return "";
        }
    }
}
