package org.steward.ui.screen;

import java.util.function.Consumer;
import javafx.stage.Window;
import org.steward.core.chain.DeviceTransactions;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.net.DaoProfile;
import org.steward.core.notify.Changes;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.TaskRunner;

/**
 * What a feature's screens are built with: the open profile's session as its screens see it.
 * One per profile window; the features (governance, treasury, registry) build their own screens
 * and dialogs from it, so the shell only chooses which feature to ask.
 */
public interface ScreenContext {

    DaoProfile profile();

    HistoryStore history();

    /** Runs background work and brings its results back to the FX thread. */
    TaskRunner runner();

    /** The window that owns the features' dialogs. */
    Window owner();

    /** Prompts that show what the signing device asks; their Cancel reaches the device's running exchange. */
    DevicePrompts prompts();

    /**
     * Opens the choice of signing account over {@code dialog}, which stays open; {@code changed}
     * runs once another account was chosen.
     */
    void chooseAccount(Window dialog, Runnable changed);

    /** The signing account the person chose, checked on its device; blocking, so from background tasks only. */
    DeviceTransactions.Account signer();

    /** The signing account's address: without a device when it was chosen, else asked of the device (blocking). */
    Address signerAddress();

    /** This machine's clock in unix seconds; screens use chain time where the chain has it. */
    long nowSeconds();

    /** Tells every view that shows {@code subject} of {@code topic} that it changed. */
    void publish(Changes.Topic topic, String subject);

    /** Runs {@code view} on the FX thread whenever {@code topic} changes, until the window closes. */
    void follow(Changes.Topic topic, Consumer<String> view);

    /** Opens an outside link after the person has seen where it leads. */
    void openLink(String url);
}
