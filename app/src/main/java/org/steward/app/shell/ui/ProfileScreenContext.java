package org.steward.app.shell.ui;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.steward.app.account.SigningAccount;
import org.steward.app.account.SigningChoice;
import org.steward.app.devices.ChainBalances;
import org.steward.app.devices.ChainDaoRoles;
import org.steward.app.devices.ui.DevicesView;
import org.steward.app.shell.ProfileSession;
import org.steward.app.shell.ShellContext;
import org.steward.core.addressbook.AddressBook;
import org.steward.core.chain.DeviceTransactions;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;
import org.steward.core.notify.Changes;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.screen.DeviceModel;
import org.steward.core.task.BackgroundTask;
import org.steward.core.task.TaskRunner;
import org.steward.simulation.ChainSession;
import org.steward.ui.control.AddressNames;
import org.steward.ui.control.SigningAccountLine;
import org.steward.ui.device.FxDevicePrompts;
import org.steward.ui.screen.ScreenContext;
import org.steward.ui.signing.SigningDevice;
import org.steward.wallet.screens.DeviceScreenPreview;

/**
 * A profile's session as the features' screens see it: the {@link ProfileSession} with the window
 * the screens' dialogs belong to, the window's task runner, device prompts, the signing account's
 * name on every review, and followers called on the FX thread. Built on the FX thread.
 */
final class ProfileScreenContext implements ScreenContext {

    private final ProfileSession session;
    private final TaskRunner runner;
    private final Supplier<Window> owner;

    ProfileScreenContext(ProfileSession session, TaskRunner runner, Supplier<Window> owner) {
        this.session = session;
        this.runner = runner;
        this.owner = owner;
        loadAddressNames();
        SigningAccountLine.setChooser(window -> chooseAccount(window, () -> { }));
    }

    ShellContext shell() {
        return session.shell();
    }

    ChainSession chain() {
        return session.chain();
    }

    SigningAccount signing() {
        return session.signing();
    }

    @Override
    public DaoProfile profile() {
        return session.profile();
    }

    @Override
    public HistoryStore history() {
        return session.history();
    }

    @Override
    public TaskRunner runner() {
        return runner;
    }

    @Override
    public Window owner() {
        return owner.get();
    }

    @Override
    public DevicePrompts prompts() {
        return new FxDevicePrompts(runner, owner, "device", signing()::cancel);
    }

    /**
     * The Devices screen's account choice in a window over a signing dialog, which stays open (as
     * Snapshot's and Safe's do when the wallet's account changes) and names the new account; the
     * main window follows the new account once that dialog is closed.
     */
    @Override
    public void chooseAccount(Window dialog, Runnable changed) {
        Stage stage = new Stage();
        stage.initOwner(dialog);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Choose the signing account");
        DevicesView chooser = DevicesView.create(shell().devices(), new ChainBalances(chain().connection()), runner, signing(), () -> {
            nameTheSigner();
            changed.run();
            stage.close();
        });
        chooser.model().readRolesFrom(new ChainDaoRoles(profile(), chain().connection(),
                chain().tokens(history())));
        Scene scene = new Scene(chooser.root(), 1000, 560);
        if (dialog.getScene() != null) {
            scene.getStylesheets().setAll(dialog.getScene().getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
        stage.setOnHidden(e -> chooser.model().close());
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public DeviceTransactions.Account signer() {
        DeviceTransactions.Account account = signing().resolve().transactions();
        onFx(this::nameTheSigner);
        return account;
    }

    @Override
    public Address signerAddress() {
        return signing().choice().map(SigningChoice::address).orElseGet(() -> signer().address());
    }

    @Override
    public long nowSeconds() {
        return session.nowSeconds();
    }

    @Override
    public void publish(Changes.Topic topic, String subject) {
        session.publish(topic, subject);
    }

    @Override
    public void follow(Changes.Topic topic, Consumer<String> view) {
        session.follow(topic, subject -> onFx(() -> view.accept(subject)));
    }

    @Override
    public void openLink(String url) {
        new LinkOpener().accept(url);
    }

    /** Every address label shows its address-book name: the names are read once, in the background. */
    private void loadAddressNames() {
        runner.run(BackgroundTask.of("Read the address book", p -> new AddressBook(history()).labels(profile().network().chainId()))
                .onSuccess(names -> {
                    AddressNames.replace(names);
                    nameTheSigner();
                })
                // A history that cannot be read is reported by the screens that need it; labels then show bare addresses.
                .onFailure(e -> AddressNames.replace(Map.of())));
        nameTheSigner();
    }

    /** Every review's "Signs with" line: device, path, address and its address-book name. */
    private void nameTheSigner() {
        SigningAccountLine.set(signing().choice()
                .map(c -> c.describe() + AddressNames.of(c.address()).map(n -> " (" + n + ")").orElse(""))
                .orElse("the first connected device's first account (m/44'/60'/0'/0/0) until you choose one on the Devices screen"));
        // Reviews page the signing device's screens for an Ethereum app of 1.9.19 or later (full EIP-712); an older app
        // gets hashed mode from the signer, and its two hashes are the ones every review shows beside the preview.
        DeviceScreenPreview preview = new DeviceScreenPreview(true);
        SigningDevice.set(signing().choice()
                .map(c -> new SigningDevice.Current(preview, DeviceModel.fromLabel(c.deviceLabel()).orElse(DeviceModel.NANO_X), c.path(), c.address()))
                .orElse(new SigningDevice.Current(preview, DeviceModel.NANO_X, DerivationPath.bip44(0), null)));
    }

    /** Runs {@code work} on the FX thread through the window's runner, the one place that hops threads. */
    private void onFx(Runnable work) {
        runner.run(BackgroundTask.of("Update the window", p -> Boolean.TRUE).onSuccess(done -> work.run()));
    }
}
