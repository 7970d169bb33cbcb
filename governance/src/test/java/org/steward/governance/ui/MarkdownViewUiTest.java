package org.steward.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Markdown from strangers: no HTML executed, no image fetched, links only reported with their full address. */
@ExtendWith(ApplicationExtension.class)
class MarkdownViewUiTest {

    private final List<String> clicked = new ArrayList<>();
    private VBox rendered;

    @Start
    void start(Stage stage) {
        rendered = MarkdownView.render("""
                # Raise the bond

                Read the [forum thread](https://forum.example/t/42) first.

                - one **bold** point
                - a `code` point

                <script>alert('x')</script>

                ![tracker](https://tracker.example/pixel.png)

                | Item | Amount |
                |---|---:|
                | Audit | 12,000 USDC |
                """, clicked::add);
        stage.setScene(new javafx.scene.Scene(rendered, 600, 400));
        stage.show();
    }

    @Test
    void rendersTextAndReportsLinksWithoutOpeningAnything(FxRobot robot) {
        awaitRendered(robot, rendered);
        String text = allText(rendered);
        assertThat(text).contains("Raise the bond", "Read the ", " first.", "bold", "code");
        assertThat(text).as("raw HTML is shown as text, never run").contains("<script>alert('x')</script>");
        assertThat(text).contains("[image not loaded: https://tracker.example/pixel.png]");
        assertThat(text).as("a table's cells, not its pipes").contains("Item", "Amount", "Audit", "12,000 USDC").doesNotContain("|");
        assertThat(robot.lookup(".md-table").tryQuery()).isPresent();

        robot.clickOn(".md-link");
        assertThat(clicked).containsExactly("https://forum.example/t/42");
        Hyperlink link = robot.lookup(".md-link").queryAs(Hyperlink.class);
        assertThat(link.getTooltip().getText()).isEqualTo("https://forum.example/t/42");
    }

    /** The body is parsed off the UI thread; the test waits for the box to be filled. */
    static void awaitRendered(FxRobot robot, VBox box) {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (robot.from(box).lookup(".md-rendering").tryQuery().isPresent() && System.nanoTime() < until) {
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String allText(Node node) {
        StringBuilder out = new StringBuilder();
        if (node instanceof Text t) {
            out.append(t.getText());
        } else if (node instanceof javafx.scene.control.Labeled l) {
            out.append(l.getText()).append('\n');
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                out.append(allText(child));
            }
        }
        return out.toString();
    }
}
