package org.steward.ui.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steward.ui.FxTaskRunner;
import org.steward.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The prompts as the device layer uses them: called on a device thread, answered in windows. */
@ExtendWith(ApplicationExtension.class)
class FxDevicePromptsUiTest {

    private static final String DEVICE = "OneKey Classic 1S (simulated device)";

    private final ExecutorService deviceThread = Executors.newSingleThreadExecutor();
    private final AtomicInteger cancels = new AtomicInteger();
    private final FxTaskRunner fxRunner = new FxTaskRunner();
    private Stage owner;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 320, 200));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        deviceThread.shutdownNow();
        fxRunner.close();
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != owner).toList().forEach(Window::hide));
    }

    @Test
    void aPinAskedOnTheDeviceThreadWaitsThereWhileTheFxThreadStaysFree(FxRobot robot) throws Exception {
        FxDevicePrompts prompts = new FxDevicePrompts(fxRunner, () -> owner, DEVICE, cancels::incrementAndGet);

        CompletableFuture<Optional<String>> answer = CompletableFuture.supplyAsync(prompts::pinMatrix, deviceThread);
        // A dialog's nodes exist a moment before its window is shown: wait until they can be clicked.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible(robot, "#pin-position-3"));

        String fxThreadAnswers = WaitForAsyncUtils.asyncFx(() -> "free").get(2, TimeUnit.SECONDS);
        assertThat(fxThreadAnswers).isEqualTo("free");
        assertThat(answer).as("the device thread is still waiting for the person").isNotDone();

        robot.clickOn("#pin-position-3").clickOn("#pin-position-6").clickOn("#pin-position-6").clickOn("#pin-ok");

        assertThat(answer.get(5, TimeUnit.SECONDS)).contains("366");
        assertThat(cancels).hasValue(0);
    }

    @Test
    void aPassphraseTypedHereReachesTheDeviceThread(FxRobot robot) throws Exception {
        FxDevicePrompts prompts = new FxDevicePrompts(fxRunner, () -> owner, DEVICE, cancels::incrementAndGet);

        CompletableFuture<Optional<String>> answer = CompletableFuture.supplyAsync(prompts::passphrase, deviceThread);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible(robot, "#passphrase-type-here"));
        robot.clickOn("#passphrase-type-here");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible(robot, "#passphrase-field"));
        robot.clickOn("#passphrase-field").write("treasury");
        robot.clickOn("#passphrase-use-typed");

        assertThat(answer.get(5, TimeUnit.SECONDS)).contains("treasury");
    }

    @Test
    void anUnansweredPinTimesOutEmptyAndTheDialogGoesAway(FxRobot robot) throws Exception {
        FxDevicePrompts prompts = new FxDevicePrompts(fxRunner, () -> owner, DEVICE, cancels::incrementAndGet, Duration.ofMillis(400));

        Optional<String> answer = CompletableFuture.supplyAsync(prompts::pinMatrix, deviceThread).get(5, TimeUnit.SECONDS);

        assertThat(answer).isEmpty();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#pin-matrix").tryQuery().isEmpty());
    }

    @Test
    void theConfirmPaneShowsTheDeviceTextUntilTheDeviceIsDoneAndCancelStopsTheWait(FxRobot robot) throws Exception {
        FxDevicePrompts prompts = new FxDevicePrompts(fxRunner, () -> owner, DEVICE, cancels::incrementAndGet);
        String shown = "Verify address for m/44'/60'/0'/0/0";

        deviceThread.submit(() -> prompts.confirmOnDevice(shown)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        ConfirmOnDevicePane pane = robot.lookup("#confirm-on-device").queryAs(ConfirmOnDevicePane.class);
        assertThat(pane.title()).isEqualTo("Confirm on your " + DEVICE);
        assertThat(robot.lookup("#confirm-device-text").queryLabeled().getText()).isEqualTo(shown);
        assertThat(robot.lookup("#confirm-device-text").queryLabeled().getStyleClass()).contains("mono");

        deviceThread.submit(prompts::confirmationClosed).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.getScene().getWindow().isShowing()).isFalse();
        assertThat(cancels).as("the device finished on its own").hasValue(0);

        deviceThread.submit(() -> prompts.confirmOnDevice(shown)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#confirm-cancel");
        assertThat(cancels).hasValue(1);
        assertThat(robot.lookup("#confirm-on-device").tryQuery()).as("no showing window holds the pane").isEmpty();
    }

    @Test
    void aCancelFromElsewhereInTheAppStopsTheWaitAsThePanesOwnCancelDoes(FxRobot robot) throws Exception {
        FxDevicePrompts prompts = new FxDevicePrompts(fxRunner, () -> owner, DEVICE, cancels::incrementAndGet);
        prompts.cancel();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cancels).as("nothing was waiting").hasValue(0);

        deviceThread.submit(() -> prompts.confirmOnDevice("Review transaction")).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        prompts.cancel();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cancels).hasValue(1);
        assertThat(robot.lookup("#confirm-on-device").tryQuery()).as("no showing window holds the pane").isEmpty();
    }

    @Test
    void askingOnTheFxThreadIsRefusedInsteadOfFreezingTheWindow(FxRobot robot) throws Exception {
        FxDevicePrompts prompts = new FxDevicePrompts(fxRunner, () -> owner, DEVICE, cancels::incrementAndGet);

        Future<Throwable> refused = WaitForAsyncUtils.asyncFx(() -> {
            try {
                prompts.pinMatrix();
                return null;
            } catch (IllegalStateException e) {
                return e;
            }
        });

        assertThat(refused.get(5, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class);
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent();
    }

    /**
     * The screens come through the preview port; wallet-hw (which derives them from the bytes sent)
     * is not a dependency of ui-kit, so this test's port answers two fixed screens.
     */
    @Test
    void aSigningRequestIsConfirmedWithTheDevicesScreensDrawnUnderItsText(FxRobot robot) throws Exception {
        java.util.List<org.steward.core.sign.screen.DeviceScreen> two = java.util.List.of(
                org.steward.core.sign.screen.DeviceScreen.of("Review message", java.util.List.of(), ""),
                org.steward.core.sign.screen.DeviceScreen.of("Message", java.util.List.of("gm"), ""));
        org.steward.ui.signing.SigningDevice.Current before = org.steward.ui.signing.SigningDevice.current().get();
        robot.interact(() -> org.steward.ui.signing.SigningDevice.set(new org.steward.ui.signing.SigningDevice.Current(
                (model, request, signer) -> two, org.steward.core.sign.screen.DeviceModel.STAX, before.path(), null)));
        try {
            FxDevicePrompts prompts = new FxDevicePrompts(fxRunner, () -> owner, DEVICE, cancels::incrementAndGet);
            org.steward.core.sign.PersonalMessageRequest request = org.steward.core.sign.PersonalMessageRequest.utf8(before.path(), "gm");

            deviceThread.submit(() -> prompts.confirmOnDevice(request)).get(5, TimeUnit.SECONDS);
            // Inside a scroll pane the screens are built a moment before they join the window's scene.
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#confirm-device-screens").tryQuery()
                    .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).orElse(false));

            javafx.scene.layout.FlowPane pages = robot.lookup("#confirm-device-screens").queryAs(javafx.scene.layout.FlowPane.class);
            assertThat(pages.getChildren()).hasSize(2);
            assertThat(robot.lookup("#confirm-device-text").queryLabeled().getText()).isEqualTo("gm");
        } finally {
            robot.interact(() -> org.steward.ui.signing.SigningDevice.set(before));
        }
    }
}
