package org.steward.app.shell;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.steward.app.account.SigningAccount;
import org.steward.app.account.SigningChoice;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.net.DaoProfile;
import org.steward.core.notify.Changes;
import org.steward.simulation.ChainSession;

/**
 * Everything one profile's window is built on, made once when the window opens on the profile and
 * closed with it: the profile and its history file, its one chain session (connection and
 * simulator, shared by every screen, the status bar and the notifications), the signing account,
 * the clock, and the changes by which an action tells the views that show the changed thing to
 * follow. Toolkit-free: the window's {@code ProfileScreenContext} adds the owner window, the device
 * prompts and the hop to the FX thread.
 */
public final class ProfileSession implements AutoCloseable {

    private final ShellContext shell;
    private final SigningAccount signing;
    private final Clock clock;
    private final ChainSession chain;
    private final Changes changes = new Changes();
    /** The followers' subscriptions to changes, ended with the session. */
    private final List<AutoCloseable> kept = new ArrayList<>();

    public ProfileSession(ShellContext shell, SigningAccount signing, Clock clock) {
        this.shell = shell;
        this.signing = signing;
        this.clock = clock;
        this.chain = new ChainSession(shell.profile().network());
    }

    public ShellContext shell() {
        return shell;
    }

    public ChainSession chain() {
        return chain;
    }

    public SigningAccount signing() {
        return signing;
    }

    public DaoProfile profile() {
        return shell.profile();
    }

    public HistoryStore history() {
        return shell.history();
    }

    public long nowSeconds() {
        return clock.instant().getEpochSecond();
    }

    /** Tells every follower of {@code topic} that {@code subject} changed. */
    public void publish(Changes.Topic topic, String subject) {
        changes.publish(topic, subject);
    }

    /** Calls {@code follower}, on the publishing thread, for every change of {@code topic} until the session is closed. */
    public synchronized void follow(Changes.Topic topic, Consumer<String> follower) {
        kept.add(changes.subscribe(topic, follower));
    }

    /**
     * The signing account when it is known without asking a device: the one chosen for this
     * profile, the demo's simulated device, or else the last signer in the history.
     */
    public Optional<Address> knownAccount() {
        Optional<Address> chosen = signing.choice().map(SigningChoice::address);
        if (chosen.isPresent()) {
            return chosen;
        }
        if (shell.demo()) {
            return Optional.of(signing.resolve().address());
        }
        return new SignedItems(shell.history()).recent(1).stream().map(SignedItems.Item::signer).findFirst();
    }

    /** Ends the subscriptions, then closes the chain connection and the simulator's fork. */
    @Override
    public synchronized void close() {
        for (AutoCloseable c : kept) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing at window close: nothing left to save
            }
        }
        kept.clear();
        chain.close();
    }
}
