package org.steward.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Hostile bodies from the issue: the UI thread keeps answering, deep or huge bodies become one sentence, link targets cannot spoof. */
@ExtendWith(ApplicationExtension.class)
class HostileMarkdownUiTest {

    private final List<String> clicked = new ArrayList<>();
    private VBox holder;

    @Start
    void start(Stage stage) {
        holder = new VBox();
        stage.setScene(new Scene(holder, 600, 400));
        stage.show();
    }

    @Test
    void theUiThreadAnswersWhileAHugeBodyIsCheckedAndTheBodyBecomesOneSentence(FxRobot robot) throws Exception {
        String huge = "| a | b |\n|---|---|\n" + "| **x** | [y](https://e.example) |\n".repeat(300_000);
        VBox box = onFx(() -> MarkdownView.render(huge, clicked::add));
        robot.interact(() -> holder.getChildren().setAll(box));
        for (int i = 0; i < 5; i++) {
            CountDownLatch answered = new CountDownLatch(1);
            Platform.runLater(answered::countDown);
            assertThat(answered.await(10, TimeUnit.SECONDS)).as("a runLater round trip while the body is being checked").isTrue();
        }
        MarkdownViewUiTest.awaitRendered(robot, box);
        Label refusal = robot.from(box).lookup("#md-too-large").queryAs(Label.class);
        assertThat(refusal.getText()).startsWith("This body is too large to render").contains("open the raw text");
        robot.interact(() -> robot.from(box).lookup("#md-open-raw").queryAs(Hyperlink.class).fire());
        TextArea raw = robot.from(box).lookup("#md-raw-text").queryAs(TextArea.class);
        assertThat(raw.getText()).startsWith("| a | b |").contains("characters are not shown");
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow(FxRobot robot) throws Exception {
        for (String body : List.of("- ".repeat(200) + "x", ">".repeat(500) + " x", "*a ".repeat(10_000) + "b" + "* ".repeat(10_000))) {
            VBox box = onFx(() -> MarkdownView.render(body, clicked::add));
            robot.interact(() -> holder.getChildren().setAll(box));
            MarkdownViewUiTest.awaitRendered(robot, box);
            assertThat(robot.from(box).lookup("#md-too-large").tryQuery()).as(body.substring(0, 10)).isPresent();
        }
    }

    @Test
    void aLinkTargetWithABidiOverrideIsShownWrittenOut(FxRobot robot) throws Exception {
        VBox box = onFx(() -> MarkdownView.render("[](https://evil.example/\u202Egro.live)", clicked::add));
        robot.interact(() -> holder.getChildren().setAll(box));
        MarkdownViewUiTest.awaitRendered(robot, box);
        Hyperlink link = robot.from(box).lookup(".md-link").queryAs(Hyperlink.class);
        assertThat(link.getText()).contains("⟨U+202E⟩").doesNotContain("\u202E");
        assertThat(link.getTooltip().getText()).contains("⟨U+202E⟩");
    }

    /**
     * A body at the edge of the budget (a table of 1,000 cells, each a link whose label hides a
     * zero-width joiner and a bidi override) is built on the worker: the UI thread keeps answering
     * while it is, and then shows every cell, each link written out, with its tooltip.
     */
    @Test
    void aBodyAtTheEdgeOfTheBudgetIsBuiltOffTheUiThreadAndNothingSpoofs(FxRobot robot) throws Exception {
        StringBuilder body = new StringBuilder("| a | b |\n|---|---|\n");
        for (int i = 0; i < 499; i++) {
            body.append("| [pay\u200Dme").append(i).append("](https://e.example/").append(i).append("\u202Eexe.txt) | `x` |\n");
        }
        VBox box = onFx(() -> MarkdownView.render(body.toString(), clicked::add));
        robot.interact(() -> holder.getChildren().setAll(box));
        for (int i = 0; i < 3; i++) {
            CountDownLatch answered = new CountDownLatch(1);
            Platform.runLater(answered::countDown);
            assertThat(answered.await(10, TimeUnit.SECONDS)).as("a runLater round trip while the body is built").isTrue();
        }
        MarkdownViewUiTest.awaitRendered(robot, box);
        assertThat(robot.from(box).lookup("#md-too-large").tryQuery()).as("within the budget").isEmpty();
        java.util.Set<Hyperlink> links = robot.from(box).lookup(".md-link").queryAllAs(Hyperlink.class);
        assertThat(links).hasSize(499).allSatisfy(link -> {
            assertThat(link.getText()).contains("⟨U+200D⟩").doesNotContain("\u200D");
            assertThat(link.getTooltip()).as("tooltips are made on the UI thread once attached").isNotNull();
            assertThat(link.getTooltip().getText()).contains("⟨U+202E⟩").doesNotContain("\u202E");
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }
}
