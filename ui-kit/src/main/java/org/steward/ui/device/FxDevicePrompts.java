package org.steward.ui.device;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.ui.StewardStyles;

/**
 * Device prompts answered in JavaFX windows. The device layer calls these on the device's own
 * thread: what to show is handed to the FX thread, and for the PIN and the passphrase that thread
 * only opens the dialog and returns; the device thread waits for the answer, so the window stays
 * responsive while the person reads the device. An answer that does not come within the timeout,
 * like Cancel, is empty (the device then cancels or asks on its own screen).
 *
 * <p>The hop to the FX thread goes through the application's {@link org.steward.ui.FxTaskRunner}
 * (the one place that moves work onto that thread), whose callbacks may run in any order; so the
 * confirmation window is not opened and closed by each call but made to match the latest state
 * the device reported, whichever callback comes last.
 */
public final class FxDevicePrompts implements DevicePrompts {

    /** As long as the devices themselves wait for a PIN before giving up. */
    public static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(2);

    private final TaskRunner fxRunner;
    private final Supplier<Window> owner;
    private final String deviceName;
    private final Runnable onCancel;
    private final Duration answerTimeout;
    /** What the device shows and waits on, or null once it stopped waiting or the person cancelled here. */
    private final AtomicReference<String> awaiting = new AtomicReference<>();
    /** The device's screens for the request awaited, drawn in the confirmation window when there are any. */
    private record Screens(java.util.List<org.steward.core.sign.screen.DeviceScreen> pages, org.steward.core.sign.screen.DeviceModel model) {
        static final Screens NONE = new Screens(java.util.List.of(), org.steward.core.sign.screen.DeviceModel.NANO_X);
    }

    private volatile Screens screens = Screens.NONE;
    /** Touched on the FX thread only. */
    private Stage confirmWindow;
    private String confirmShown;

    /**
     * @param fxRunner   the runner whose callbacks run on the FX thread (the app's FxTaskRunner)
     * @param owner      the window the prompts belong to (null for none), read on the FX thread
     * @param deviceName what the person calls the device, e.g. "Ledger Nano X (simulated device)"
     * @param onCancel   stops the waiting operation when the person presses Cancel while the device shows a request
     */
    public FxDevicePrompts(TaskRunner fxRunner, Supplier<Window> owner, String deviceName, Runnable onCancel) {
        this(fxRunner, owner, deviceName, onCancel, ANSWER_TIMEOUT);
    }

    public FxDevicePrompts(TaskRunner fxRunner, Supplier<Window> owner, String deviceName, Runnable onCancel, Duration answerTimeout) {
        this.fxRunner = fxRunner;
        this.owner = owner;
        this.deviceName = deviceName;
        this.onCancel = onCancel;
        this.answerTimeout = answerTimeout;
    }

    @Override
    public void confirmOnDevice(String whatTheDeviceShows) {
        screens = Screens.NONE;
        awaiting.set(whatTheDeviceShows);
        onFxThread(this::showWhatTheDeviceAwaits);
    }

    /** Draws the signing device's screens for the request in the confirmation window, under its text. */
    @Override
    public void confirmOnDevice(org.steward.core.sign.SigningRequest request) {
        org.steward.ui.signing.SigningDevice.Current device = org.steward.ui.signing.SigningDevice.current().get();
        java.util.List<org.steward.core.sign.screen.DeviceScreen> drawn;
        try {
            drawn = device.preview().screens(device.model(), request, device.signer());
        } catch (RuntimeException unreadable) {
            // A request the preview cannot read still gets its confirmation, with the device text alone.
            drawn = java.util.List.of();
        }
        screens = new Screens(drawn, device.model());
        awaiting.set(request.deviceText());
        onFxThread(this::showWhatTheDeviceAwaits);
    }

    @Override
    public void confirmationClosed() {
        awaiting.set(null);
        onFxThread(this::showWhatTheDeviceAwaits);
    }

    @Override
    public Optional<String> pinMatrix() {
        return ask(() -> new PinMatrixDialog(deviceName));
    }

    @Override
    public Optional<String> passphrase() {
        return ask(() -> new PassphraseDialog(deviceName));
    }

    private void onFxThread(Runnable action) {
        fxRunner.run(BackgroundTask.of("Show the device's prompt", progress -> Boolean.TRUE).onSuccess(ignored -> action.run()));
    }

    private void showWhatTheDeviceAwaits() {
        String wanted = awaiting.get();
        if (Objects.equals(wanted, confirmShown)) {
            return;
        }
        closeConfirm();
        if (wanted != null) {
            showConfirm(wanted);
        }
    }

    private void showConfirm(String whatTheDeviceShows) {
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.setTitle("Confirm on device");
        Window parent = owner.get();
        if (parent != null) {
            stage.initOwner(parent);
        }
        Screens drawn = screens;
        ConfirmOnDevicePane pane = new ConfirmOnDevicePane(deviceName, whatTheDeviceShows, drawn.pages(), drawn.model(), () -> cancel(whatTheDeviceShows));
        Scene scene;
        if (drawn.pages().isEmpty()) {
            scene = new Scene(pane, 520, 240);
        } else {
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(pane);
            scroll.setFitToWidth(true);
            scene = new Scene(scroll, 860, 620);
        }
        StewardStyles.install(scene);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> cancel(whatTheDeviceShows));
        confirmWindow = stage;
        confirmShown = whatTheDeviceShows;
        stage.show();
    }

    /** Cancels the request the device waits on, if any; called off or on the FX thread. */
    @Override
    public void cancel() {
        String waiting = awaiting.get();
        if (waiting != null) {
            onFxThread(() -> cancel(waiting));
        }
    }

    private void cancel(String whatTheDeviceShows) {
        awaiting.compareAndSet(whatTheDeviceShows, null);
        closeConfirm();
        onCancel.run();
    }

    private void closeConfirm() {
        if (confirmWindow != null) {
            confirmWindow.hide();
            confirmWindow = null;
            confirmShown = null;
        }
    }

    private Optional<String> ask(Supplier<Dialog<String>> dialogs) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("device prompts wait for the person, so they must be called on the device's thread, not the FX thread");
        }
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        CompletableFuture<Dialog<String>> shown = new CompletableFuture<>();
        onFxThread(() -> {
            Dialog<String> dialog = dialogs.get();
            Window parent = owner.get();
            if (parent != null) {
                dialog.initOwner(parent);
            }
            dialog.setOnHidden(e -> answer.complete(Optional.ofNullable(dialog.getResult())));
            shown.complete(dialog);
            dialog.show();
        });
        try {
            return answer.get(answerTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return withdraw(shown);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return withdraw(shown);
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    /** Closes a dialog nobody answered, so a late click cannot look like it was sent to the device. */
    private Optional<String> withdraw(CompletableFuture<Dialog<String>> shown) {
        shown.thenAccept(dialog -> onFxThread(() -> {
            dialog.setResult(null);
            dialog.close();
        }));
        return Optional.empty();
    }
}
