package org.steward.core.sign;

import org.steward.core.UserFacingException;

/**
 * A signing failure a person can act on. The reason says which state the device (or its access)
 * is in; the message is the one sentence shown. Every reason can be retried once the person has
 * done what the sentence says.
 */
public final class SignerException extends UserFacingException {

    /** Each failure the person must be able to tell apart, with the sentence that tells them what to do. */
    public enum Reason {
        REJECTED("The request was rejected on the device; nothing was signed. Start again if that was a mistake."),
        LOCKED("The device is locked: unlock it with its PIN, then try again."),
        WRONG_APP("The Ethereum app is not open on the Ledger: open it from the device's dashboard, then try again."),
        BLIND_SIGNING_DISABLED("The Ledger refused a transaction with contract data: enable \"Blind signing\" in the Ethereum app's settings, then try again."),
        PIN_WRONG("The PIN was wrong: try again, and mind that the device wipes itself after too many wrong PINs."),
        UNPLUGGED("The device was unplugged or went to sleep before the signature came back: reconnect it, unlock it and try again."),
        NO_PERMISSION("Steward is not allowed to open the device: install Steward's udev rules (60-steward-hw.rules), replug the device and try again."),
        DRIVER_MISSING("The USB library Steward needs (hidraw for Ledger, libusb for OneKey) could not be loaded on this system: install it and start Steward again."),
        TIMEOUT("The device did not answer in time: check that it is awake and showing the request, then try again."),
        NO_DEVICE("No device was found: connect and unlock it, then try again."),
        IN_USE("Another program (a wallet app, Ledger Live or OneKey Bridge) is using the device: close it, then try again."),
        UNSUPPORTED("The device or its app version cannot sign this kind of request: update the firmware or app, then try again."),
        WRONG_SIGNER("The device signed with a different account than the one expected: check the derivation path and the device, then try again."),
        PROTOCOL("The device sent an answer Steward did not understand: reconnect it and try again; report it if it keeps happening.");

        private final String sentence;

        Reason(String sentence) {
            this.sentence = sentence;
        }

        public String sentence() {
            return sentence;
        }
    }

    private final Reason reason;

    public SignerException(Reason reason) {
        super(reason.sentence());
        this.reason = reason;
    }

    public SignerException(Reason reason, Throwable cause) {
        super(reason.sentence(), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** All reasons are states a person can leave (unlock, open the app, replug); the operation may simply be run again. */
    public boolean retryable() {
        return true;
    }
}
