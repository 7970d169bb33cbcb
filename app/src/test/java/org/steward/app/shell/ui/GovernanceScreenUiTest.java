package org.steward.app.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Networks;
import org.steward.devnet.hub.DemoHubSeed;
import org.steward.devnet.hub.LoopbackHub;
import org.steward.governance.ui.ProposalRow;
import org.steward.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.steward.app.shell.ShellContext;

/** The proposals of the demo space, from the loopback hub on Snapshot's schema, recounted locally. */
@ExtendWith(ApplicationExtension.class)
class GovernanceScreenUiTest {

    private static LoopbackHub hub;
    private HistoryStore history;
    private ShellWindow window;

    @BeforeAll
    static void serve() {
        hub = LoopbackHub.start();
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Start
    void start(Stage stage) throws IOException {
        history = HistoryStore.open(Files.createTempDirectory("steward-governance-ui").resolve("steward.db"));
        DaoProfile profile = new DaoProfile("Demo DAO", Networks.devnet(URI.create("http://127.0.0.1:9")), Optional.of(DemoHubSeed.SPACE),
                Optional.of(hub.url()), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        window = ShellWindow.open(stage, new ShellContext(profile, history, true, org.steward.app.devices.SimulatedDeviceCatalog.demo()), Theme.LIGHT);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
        history.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClosedProposalVerifiesByLocalRecountAndAPrivateOneSaysWhyNot(FxRobot robot) throws TimeoutException {
        TableView<ProposalRow> table = robot.lookup("#proposal-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() >= 8);
        assertThat(table.getItems()).extracting(ProposalRow::type).contains("single-choice", "approval", "quadratic",
                "ranked-choice", "weighted", "basic", "copeland");
        assertThat(table.getItems()).as("flagged proposals stay hidden by default").noneMatch(row -> row.title().startsWith("[flagged]"));
        robot.clickOn("#proposal-show-flagged");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).anySatisfy(row -> assertThat(row.title()).startsWith("[flagged]"));

        ProposalRow bond = table.getItems().stream().filter(r -> r.title().equals("Set the challenge bond")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(bond));
        Label recount = robot.lookup("#proposal-recount").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> recount.getText().startsWith("Verified"));
        assertThat(recount.getText()).endsWith("(600 votes)");

        ProposalRow shielded = table.getItems().stream().filter(r -> r.title().startsWith("[private]")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(shielded));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> recount.getText().startsWith("Not recounted"));
        assertThat(robot.lookup("#proposal-privacy").queryAs(Label.class).getText()).contains("cannot cast a shielded vote");
        assertThat(shielded.proposal().state()).as("the demo's private proposal is open for votes").isEqualTo(org.steward.governance.domain.hub.ProposalState.ACTIVE);
        assertThat(robot.lookup("#proposal-vote").queryButton().isDisabled()).as("no dialog that can only refuse").isTrue();
        assertThat(robot.lookup("#proposal-vote-note").queryAs(Label.class).getText()).contains("private (Shutter)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVoteIsReviewedThenSignedOnTheSimulatedLedgerAndRecorded(FxRobot robot) throws TimeoutException {
        TableView<ProposalRow> table = robot.lookup("#proposal-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() >= 8);
        ProposalRow basic = table.getItems().stream().filter(r -> r.title().equals("Adopt the model-card standard v2")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(basic));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#proposal-vote").tryQuery().isPresent());

        robot.clickOn("#proposal-vote");
        // The dialog is a new window: wait until it is on screen before clicking in it.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#vote-choice-1")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#vote-choice-1");
        robot.clickOn("#vote-review");
        javafx.scene.control.TextArea review = robot.lookup("#vote-review-text").queryAs(javafx.scene.control.TextArea.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> review.getText().contains("Digest"));
        assertThat(review.getText()).contains("Vote by 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 on " + DemoHubSeed.SPACE)
                .contains("The device shows: Domain hash 0x");

        robot.clickOn("#vote-sign");
        Label status = robot.lookup("#vote-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("Vote recorded by Snapshot"));
        assertThat(new org.steward.core.history.SignedItems(history).recent(1)).singleElement()
                .satisfies(item -> assertThat(item.status()).isEqualTo("sent"));
        assertThat(hub.data().voteOf(basic.proposal().id(), "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")).isPresent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void afterAVoteThePageTheHeaderAndMyVotesFollowWithoutRefreshAndTheDialogSignsOnce(FxRobot robot) throws TimeoutException {
        TableView<ProposalRow> table = robot.lookup("#proposal-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() >= 8);
        Label header = robot.lookup("#proposal-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> header.getText().contains("active without your vote"));
        int unvotedBefore = unvoted(header.getText());
        // Another proposal than the other test's, so the order the tests run in does not matter.
        ProposalRow basic = table.getItems().stream().filter(r -> r.proposal().state() == org.steward.governance.domain.hub.ProposalState.ACTIVE
                && !r.proposal().shielded() && "single-choice".equals(r.proposal().type()) && r.proposal().choices().size() >= 2).findFirst().orElseThrow();
        String second = basic.proposal().choices().get(1);
        robot.interact(() -> table.getSelectionModel().select(basic));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#proposal-vote").tryQuery().isPresent());
        int signedBefore = new org.steward.core.history.SignedItems(history).recent(100).size();

        robot.clickOn("#proposal-vote");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#vote-choice-2")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#vote-choice-2");
        robot.clickOn("#vote-review");
        javafx.scene.control.TextArea review = robot.lookup("#vote-review-text").queryAs(javafx.scene.control.TextArea.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> review.getText().contains("Digest"));
        assertThat(review.getText()).as("the choice by name").contains("Choice 2 · " + second);
        robot.clickOn("#vote-sign");
        Label status = robot.lookup("#vote-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().startsWith("Vote recorded by Snapshot"));

        assertThat(robot.lookup("#vote-sign").queryButton().isDisabled()).as("one press, one signature").isTrue();
        assertThat(robot.lookup("#vote-close").queryButton().getText()).isEqualTo("Close");
        javafx.stage.Window dialog = robot.window(w -> w instanceof javafx.stage.Stage st && st.getTitle() != null && st.getTitle().startsWith("Vote:"));
        robot.interact(dialog::requestFocus);
        robot.clickOn("#vote-reason").type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#vote-dialog").tryQuery().isEmpty());

        Label mine = robot.lookup("#proposal-my-vote").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> mine.getText().startsWith("You voted: 2 · " + second));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> header.getText().contains("active without your vote")
                && unvoted(header.getText()) == unvotedBefore - 1);
        Label recount = robot.lookup("#proposal-recount").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> recount.getText().startsWith("Verified"));
        assertThat(new org.steward.core.history.SignedItems(history).recent(100)).hasSize(signedBefore + 1);

        robot.clickOn("My votes");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".table-cell").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .anyMatch(c -> basic.proposal().id().equals(c.getText())));
    }

    private static int unvoted(String header) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) active without your vote").matcher(header);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
