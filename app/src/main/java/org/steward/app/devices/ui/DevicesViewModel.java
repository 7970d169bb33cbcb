package org.steward.app.devices.ui;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.Signer;
import org.steward.core.sign.SignerException;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskHandle;
import org.steward.core.task.TaskRunner;
import org.steward.ui.UiScheduler;
import org.steward.ui.UserMessages;
import org.steward.ui.ViewModel;
import org.steward.app.account.SigningChoice;
import org.steward.wallet.DeviceSessions;
import org.steward.wallet.DeviceWorker;
import org.steward.wallet.trezor.OneKeySigner;
import org.steward.wallet.usb.DetectedDevice;
import org.steward.wallet.usb.DeviceDiscovery;
import org.steward.app.devices.DaoRoles;
import org.steward.app.devices.DeviceAccounts;
import org.steward.app.devices.AccountRow;
import org.steward.app.devices.BalanceSource;
import org.steward.app.devices.DeviceProblem;
import org.steward.app.devices.PromptsFactory;

/**
 * The Devices screen: the devices present (rescanned every {@link #RESCAN_INTERVAL} while the
 * screen is shown), why a family could not be scanned, and for the chosen device its first
 * accounts under each path layout with balances, any of which can be shown on the device to
 * compare. Every device call runs on that device's own {@link DeviceWorker} thread.
 */
public final class DevicesViewModel extends ViewModel {

    static final Duration RESCAN_INTERVAL = Duration.ofSeconds(2);
    static final Duration SCAN_TIMEOUT = Duration.ofSeconds(20);
    /** Reading addresses shows nothing on the device; a real one answers in well under a second each. */
    static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    private final DeviceSessions sessions;
    private final DeviceAccounts listing;
    private final TaskRunner runner;
    private final UiScheduler scheduler;
    private final PromptsFactory prompts;
    private final Consumer<SigningChoice> chooseForSigning;
    private final ReadOnlyObjectWrapper<SigningChoice> signing = new ReadOnlyObjectWrapper<>();

    private final ObservableList<DetectedDevice> devices = FXCollections.observableArrayList();
    private final ObservableList<DeviceProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<AccountRow> accounts = FXCollections.observableArrayList();
    private final ObservableList<DetectedDevice> devicesView = FXCollections.unmodifiableObservableList(devices);
    private final ObservableList<DeviceProblem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<AccountRow> accountsView = FXCollections.unmodifiableObservableList(accounts);
    private final ReadOnlyObjectWrapper<DetectedDevice> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper accountsStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper firmware = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper balanceNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shownResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private boolean scanning;
    private TaskHandle scanTask;
    private UiScheduler.Cancellable nextScan;
    private TaskHandle readTask;
    private int readNumber;
    private TaskHandle showTask;

    /**
     * @param sessions         the one door to the devices, shared with signing
     * @param signing          the account chosen for signing now, if any (marked in the list)
     * @param chooseForSigning remembers an account as the signing account (called on the callback thread)
     */
    public DevicesViewModel(DeviceSessions sessions, BalanceSource balances, TaskRunner runner, UiScheduler scheduler, PromptsFactory prompts,
                            Optional<SigningChoice> signing, Consumer<SigningChoice> chooseForSigning) {
        this.sessions = sessions;
        this.signing.set(signing.orElse(null));
        this.chooseForSigning = chooseForSigning;
        this.listing = new DeviceAccounts(balances);
        this.runner = runner;
        this.scheduler = scheduler;
        this.prompts = prompts;
    }

    @Override
    protected void onActivate() {
        whileActive(this::stopWork);
        refresh();
    }

    /** Scans now; does nothing while a scan is under way. */
    public void refresh() {
        if (!isActive() || scanning) {
            return;
        }
        if (nextScan != null) {
            nextScan.cancel();
            nextScan = null;
        }
        scanning = true;
        TaskHandle handle = runner.run(BackgroundTask.of("Look for signing devices", progress -> sessions.scan())
                .timeout(SCAN_TIMEOUT)
                .onSuccess(scan -> {
                    if (finishScan()) {
                        show(scan);
                    }
                })
                .onFailure(failure -> {
                    if (finishScan() && !(failure instanceof CancellationException)) {
                        error.set(UserMessages.sentence(failure));
                    }
                }));
        scanTask = scanning ? handle : null;
    }

    private boolean finishScan() {
        scanning = false;
        scanTask = null;
        if (!isActive()) {
            return false;
        }
        nextScan = scheduler.after(RESCAN_INTERVAL, this::refresh);
        return true;
    }

    private void show(DeviceDiscovery.Scan scan) {
        if (!devices.equals(scan.devices())) {
            devices.setAll(scan.devices());
        }
        List<DeviceProblem> now = scan.problems().stream().map(DeviceProblem::of).toList();
        if (!problems.equals(now)) {
            problems.setAll(now);
        }
        DetectedDevice current = selected.get();
        if (current == null || scan.devices().stream().noneMatch(d -> d.key().equals(current.key()))) {
            select(devices.isEmpty() ? null : devices.get(0));
        }
    }

    /** Shows {@code device}'s accounts, reading them unless it is already the one shown. */
    public void select(DetectedDevice device) {
        DetectedDevice current = selected.get();
        if (device != null && current != null && device.key().equals(current.key())) {
            return;
        }
        cancel(readTask);
        readTask = null;
        readNumber++;
        selected.set(device);
        accounts.clear();
        balanceNote.set("");
        shownResult.set("");
        error.set("");
        accountsStatus.set("");
        reading.set(false);
        if (device != null) {
            read(device);
        }
    }

    /** After a failure: reads the chosen device again, or scans again when there is none to read. */
    public void retry() {
        if (selected.get() == null) {
            error.set("");
            refresh();
        } else {
            reload();
        }
    }

    /** Reads the accounts of the selected device again (after unlocking it, or to refresh balances). */
    public void reload() {
        DetectedDevice device = selected.get();
        if (device != null && !reading.get()) {
            error.set("");
            read(device);
        }
    }

    private void read(DetectedDevice device) {
        int number = ++readNumber;
        reading.set(true);
        accountsStatus.set("Reading the first accounts from the " + device.label() + "…");
        firmware.set("");
        DevicePrompts unlock = prompts.forDevice(device, () -> {
            if (number == readNumber) {
                cancel(readTask);
            }
        });
        TaskHandle handle = runner.run(BackgroundTask.of("Read the accounts of the " + device.label(),
                        progress -> onDevice(device, unlock, (signer, p) -> listing.read(signer, device.kind(), p)))
                .timeout(READ_TIMEOUT)
                .onSuccess(found -> {
                    if (number == readNumber) {
                        reading.set(false);
                        accounts.setAll(found.rows());
                        accountsStatus.set(found.rows().size() + " accounts on the " + device.label());
                        firmware.set(found.firmware().isEmpty() ? "" : device.model() + " runs " + found.firmware());
                        balanceNote.set(found.balanceFailure().map(f -> "Balances could not be read: " + UserMessages.sentence(f)).orElse(""));
                    }
                })
                .onFailure(failure -> {
                    if (number == readNumber) {
                        reading.set(false);
                        accountsStatus.set("");
                        if (!(failure instanceof CancellationException)) {
                            error.set(UserMessages.sentence(failure));
                        }
                    }
                }));
        readTask = reading.get() && number == readNumber ? handle : null;
    }

    /**
     * Asks the device to display the address of {@code row}, so the person compares it with the
     * one on screen; the prompts show the "confirm on device" state meanwhile.
     */
    public void showOnDevice(AccountRow row) {
        DetectedDevice device = selected.get();
        if (device == null || showing.get()) {
            return;
        }
        showing.set(true);
        shownResult.set("");
        error.set("");
        DevicePrompts asking = prompts.forDevice(device, this::cancelShowOnDevice);
        TaskHandle handle = runner.run(BackgroundTask.of("Show the address on the " + device.label(),
                        progress -> onDevice(device, asking, (signer, p) -> signer.address(row.path(), true, p)))
                .timeout(OneKeySigner.CONFIRM_TIMEOUT)
                .onSuccess(address -> {
                    showing.set(false);
                    showTask = null;
                    if (address.equals(row.address())) {
                        shownResult.set("The device displays " + row.addressText() + " for " + row.pathText() + ": check that it matches.");
                    } else {
                        error.set(new SignerException(SignerException.Reason.WRONG_SIGNER).getMessage());
                    }
                })
                .onFailure(failure -> {
                    showing.set(false);
                    showTask = null;
                    if (failure instanceof CancellationException) {
                        shownResult.set("Steward stopped waiting; if the device still shows the address, reject it there.");
                    } else {
                        error.set(UserMessages.sentence(failure));
                    }
                }));
        showTask = showing.get() ? handle : null;
    }

    /** The person pressed Cancel while the device showed the address. */
    public void cancelShowOnDevice() {
        cancel(showTask);
    }

    private <T> T onDevice(DetectedDevice device, DevicePrompts prompts, BiFunction<Signer, DevicePrompts, T> work) throws Exception {
        DeviceWorker worker = sessions.worker(device);
        java.util.concurrent.Future<T> answer = worker.submit(prompts, work);
        try {
            return answer.get();
        } catch (InterruptedException e) {
            // The task was cancelled (Cancel pressed, screen left): this read's own exchange stops too, never another screen's.
            worker.cancel(answer);
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private void stopWork() {
        if (nextScan != null) {
            nextScan.cancel();
            nextScan = null;
        }
        cancel(scanTask);
        scanTask = null;
        scanning = false;
        readNumber++;
        cancel(readTask);
        readTask = null;
        reading.set(false);
        cancel(showTask);
    }

    private static void cancel(TaskHandle task) {
        if (task != null) {
            task.cancel();
        }
    }

    /** Stops the screen's work; the devices stay open in their sessions for signing. */
    public void close() {
        deactivate();
    }

    /** Where the accounts' places in the DAO are read (Safe owner, votes, registry roles); none by default. */
    public void readRolesFrom(DaoRoles source) {
        listing.readRolesFrom(source);
    }

    /** Makes {@code row} of the selected device the signing account of this profile. */
    public void useForSigning(AccountRow row) {
        DetectedDevice device = selected.get();
        if (device == null || row == null) {
            return;
        }
        SigningChoice choice = new SigningChoice(device.key(), device.label(), row.path(), row.address());
        signing.set(choice);
        chooseForSigning.accept(choice);
    }

    /** Whether {@code row} of the selected device is the signing account. */
    public boolean isSigning(AccountRow row) {
        SigningChoice c = signing.get();
        DetectedDevice device = selected.get();
        return c != null && device != null && row != null && c.deviceKey().equals(device.key()) && c.path().equals(row.path())
                && c.address().equals(row.address());
    }

    /** The account signing now, or null before any choice. */
    public ReadOnlyObjectProperty<SigningChoice> signingProperty() {
        return signing.getReadOnlyProperty();
    }

    public ObservableList<DetectedDevice> devices() {
        return devicesView;
    }

    public ObservableList<DeviceProblem> problems() {
        return problemsView;
    }

    public ObservableList<AccountRow> accounts() {
        return accountsView;
    }

    public ReadOnlyObjectProperty<DetectedDevice> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** "Ledger Nano X runs Ethereum app 1.13.0 · blind signing off", read from the device with its accounts; empty before. */
    public ReadOnlyStringProperty firmwareProperty() {
        return firmware.getReadOnlyProperty();
    }

    /** "Reading the first accounts…", "15 accounts on the …" or empty. */
    public ReadOnlyStringProperty accountsStatusProperty() {
        return accountsStatus.getReadOnlyProperty();
    }

    /** Why balances show "—", or empty. */
    public ReadOnlyStringProperty balanceNoteProperty() {
        return balanceNote.getReadOnlyProperty();
    }

    /** What the device was asked to display, once it has. */
    public ReadOnlyStringProperty shownResultProperty() {
        return shownResult.getReadOnlyProperty();
    }

    /** The last failure's sentence, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
