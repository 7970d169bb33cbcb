package org.steward.app.shell.ui;

import java.io.File;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the flow tests do as a person does: click what is on screen, choose table rows with the keys
 * (selecting rows by mouse was unreliable under Monocle), read labels, and keep a picture of a state.
 * TestFX walks the scene from the test thread while the FX thread may still change it, which can
 * throw mid-walk; every look-up is made again once the FX thread has caught up.
 */
final class FlowRobot {

    /** Where the pictures of key states go, to be looked at by a person (target/flow-shots). */
    private static final File SHOTS = new File("target/flow-shots");

    private final FxRobot robot;

    FlowRobot(FxRobot robot) {
        this.robot = robot;
    }

    FxRobot robot() {
        return robot;
    }

    void click(String query) {
        for (int attempt = 1; ; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                // TestFX's own visibility test wants the node inside the window; one below a scroll pane's fold is revealed first.
                Node node = robot.lookup(query).queryAll().stream().filter(FlowRobot::shown).findFirst()
                        .orElseThrow(() -> new AssertionError("nothing shown matches " + query + "; on screen: " + labels()));
                reveal(node);
                robot.clickOn(node);
                return;
            } catch (IndexOutOfBoundsException | java.util.ConcurrentModificationException | NullPointerException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Clicks the header of the visible tab named {@code text} (a label elsewhere may carry the same word). */
    void tab(String text) {
        for (int attempt = 1; ; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                Node header = robot.lookup(".tab").queryAll().stream().filter(FlowRobot::shown)
                        .filter(n -> robot.from(n).lookup(".tab-label").queryAll().stream().anyMatch(l -> l instanceof Labeled lab && text.equals(lab.getText())))
                        .findFirst().orElseThrow(() -> new AssertionError("no tab \"" + text + "\" on screen"));
                robot.clickOn(header);
                WaitForAsyncUtils.waitForFxEvents();
                return;
            } catch (IndexOutOfBoundsException | java.util.ConcurrentModificationException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** Scrolls every scroll pane around {@code node} so it is in view, as a person scrolls before clicking. */
    private void reveal(Node node) {
        robot.interact(() -> {
            for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane pane && pane.getContent() != null) {
                    Node content = pane.getContent();
                    javafx.geometry.Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double contentHeight = content.getBoundsInLocal().getHeight();
                    double viewHeight = pane.getViewportBounds().getHeight();
                    if (contentHeight <= viewHeight) {
                        continue;
                    }
                    double top = pane.getVvalue() * (contentHeight - viewHeight);
                    if (at.getMinY() < top || at.getMaxY() > top + viewHeight) {
                        pane.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 24) / (contentHeight - viewHeight))));
                        pane.layout();
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks a text field and types {@code text} into it, replacing what it held. */
    void write(String query, String text) {
        click(query);
        robot.interact(() -> ((TextInputControl) robot.lookup(query).query()).clear());
        robot.write(text);
    }

    /** Ctrl+digit, the sidebar's keyboard shortcut. */
    void screen(Screen screen) {
        KeyCode digit = KeyCode.valueOf("DIGIT" + screen.shortcutDigit());
        robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String text(String query) {
        try {
            return robot.lookup(query).tryQuery().map(n -> n instanceof Labeled l ? l.getText()
                    : n instanceof TextInputControl t ? t.getText() : "").orElse("");
        } catch (IndexOutOfBoundsException | java.util.ConcurrentModificationException walkRacedTheFxThread) {
            return "";
        }
    }

    boolean enabled(String query) {
        try {
            return robot.lookup(query).tryQuery().map(n -> !n.isDisabled() && shown(n)).orElse(false);
        } catch (IndexOutOfBoundsException | java.util.ConcurrentModificationException walkRacedTheFxThread) {
            return false;
        }
    }

    /** Visible, and so are all its parents: a hidden review pane's button is not on screen. */
    static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    void waitFor(long seconds, String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                try {
                    return condition.call();
                } catch (IndexOutOfBoundsException | java.util.ConcurrentModificationException walkRacedTheFxThread) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            shot("timeout-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError("waited " + seconds + " s for " + what + "; on screen: " + labels(), e);
        }
    }

    /** Into the table and down its rows by keys until {@code wanted} is selected. */
    @SuppressWarnings("unchecked")
    <T> T selectByKeys(String tableQuery, Predicate<T> wanted) {
        TableView<T> table = robot.lookup(tableQuery).queryAs(TableView.class);
        waitFor(60, "a row in " + tableQuery, () -> table.getItems().stream().anyMatch(wanted));
        robot.interact(table::requestFocus);
        robot.type(KeyCode.HOME);
        for (int i = 0; i <= table.getItems().size(); i++) {
            WaitForAsyncUtils.waitForFxEvents();
            T now = table.getSelectionModel().getSelectedItem();
            if (now != null && wanted.test(now)) {
                return now;
            }
            robot.type(KeyCode.DOWN);
        }
        throw new AssertionError("no row of " + tableQuery + " matched; rows: " + table.getItems());
    }

    /** A picture of the focused window, for a person to look at. */
    void shot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        shot(name, Window.getWindows().stream().filter(Window::isShowing).filter(Window::isFocused).findFirst()
                .orElse(Window.getWindows().stream().filter(Window::isShowing).findFirst().orElse(null)));
    }

    /** A picture of the window that shows {@code query}, e.g. a device prompt over the main window. */
    void shot(String name, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        shot(name, Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().lookup(query) != null).findFirst().orElse(null));
    }

    private void shot(String name, Window w) {
        if (w == null || w.getScene() == null) {
            return;
        }
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = w.getScene().snapshot(null));
        try {
            SHOTS.mkdirs();
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", new File(SHOTS, name + ".png"));
        } catch (java.io.IOException e) {
            // A picture is for a person's eyes only; a flow never fails for one.
        }
    }

    /** The longer texts on screen, to say what the app said when a wait ran out. */
    String labels() {
        try {
            return robot.lookup(".label").queryAll().stream().filter(n -> n instanceof Labeled l && l.getText() != null
                    && l.getText().length() > 12 && n.isVisible()).map(n -> ((Labeled) n).getText()).limit(25).toList().toString();
        } catch (RuntimeException walkRacedTheFxThread) {
            return "?";
        }
    }
}
