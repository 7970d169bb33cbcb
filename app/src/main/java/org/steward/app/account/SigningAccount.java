package org.steward.app.account;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.steward.core.UserFacingException;
import org.steward.core.chain.DeviceTransactions;
import org.steward.core.eth.Address;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.Signer;
import org.steward.wallet.DeviceSessions;
import org.steward.wallet.usb.DetectedDevice;

/**
 * The profile's signing account, resolved on the device every time it is used: the chosen
 * device must be connected and must still give the chosen address at the chosen path, otherwise
 * the request stops with a sentence, so Steward never signs with another device or account than
 * the one the person chose. Before any choice, the first device's first BIP-44 account is taken
 * and remembered, so later requests stay on that device. Resolving blocks (it talks to the device).
 */
public final class SigningAccount {

    /** An account ready to sign: the device through its one door, the path and the address it gives. */
    public record Resolved(Signer signer, DerivationPath path, Address address, SigningChoice choice) {

        public DeviceTransactions.Account transactions() {
            return new DeviceTransactions.Account(signer, path, address);
        }
    }

    private final DeviceSessions sessions;
    private final SigningChoices store;
    private final String profile;
    private final List<Consumer<SigningChoice>> listeners = new CopyOnWriteArrayList<>();
    private volatile Optional<SigningChoice> cached;

    public SigningAccount(DeviceSessions sessions, SigningChoices store, String profile) {
        this.sessions = sessions;
        this.store = store;
        this.profile = profile;
    }

    /**
     * The chosen account, without touching a device; empty before the first choice. Read from the
     * history file once, then kept: labels that show it must not read the file on the FX thread.
     */
    public Optional<SigningChoice> choice() {
        Optional<SigningChoice> known = cached;
        if (known == null) {
            known = store.forProfile(profile);
            cached = known;
        }
        return known;
    }

    /** Remembers {@code choice} for this profile and tells those who show "you". */
    public void choose(SigningChoice choice) {
        store.save(profile, choice);
        cached = Optional.of(choice);
        listeners.forEach(l -> l.accept(choice));
    }

    /** Called on the chooser's thread after every {@link #choose}. */
    public void onChange(Consumer<SigningChoice> listener) {
        listeners.add(listener);
    }

    /** Cancels the exchange under way on the chosen account's device (Cancel pressed while the device asks). */
    public void cancel() {
        choice().ifPresent(c -> sessions.cancel(c.deviceKey()));
    }

    /** The chosen account on its device, checked; the first device's first account before any choice. Blocking. */
    public Resolved resolve() {
        Optional<SigningChoice> chosen = choice();
        if (chosen.isEmpty()) {
            return firstUse();
        }
        SigningChoice c = chosen.get();
        sessions.scan();
        DetectedDevice device = sessions.present(c.deviceKey()).orElseThrow(() -> new UserFacingException("The signing account ("
                + c.address().checksummed() + ") is on " + c.deviceLabel() + ", which is not connected: connect and unlock it,"
                + " or choose another account on the Devices screen."));
        Signer signer = sessions.signer(device);
        Address given = signer.address(c.path(), false, DevicePrompts.NONE);
        if (!given.equals(c.address())) {
            throw new UserFacingException("The " + device.label() + " connected now gives " + given.checksummed() + " at " + c.path()
                    + ", not the chosen " + c.address().checksummed() + ": it holds another seed. Connect the device you chose,"
                    + " or choose one of this device's accounts on the Devices screen.");
        }
        return new Resolved(signer, c.path(), given, c);
    }

    private Resolved firstUse() {
        DetectedDevice device = sessions.scan().devices().stream().findFirst().orElseThrow(() -> new UserFacingException(
                "No device is connected: plug in and unlock your Ledger or OneKey, open its Ethereum app, then try again."));
        Signer signer = sessions.signer(device);
        DerivationPath path = DerivationPath.bip44(0);
        Address address = signer.address(path, false, DevicePrompts.NONE);
        SigningChoice choice = new SigningChoice(device.key(), device.label(), path, address);
        // Remembered quietly: nothing shown changes, and later requests must stay on this device.
        store.save(profile, choice);
        cached = Optional.of(choice);
        return new Resolved(signer, path, address, choice);
    }
}
