package org.steward.core.sign;

import java.util.Optional;

/**
 * How a device asks the person for something while it works. wallet-hw calls these on the
 * device's own thread; the app answers with a dialog (never blocking the FX thread itself).
 */
public interface DevicePrompts {

    /** The device now shows {@code whatTheDeviceShows} and waits for a button press. */
    default void confirmOnDevice(String whatTheDeviceShows) {
    }

    /**
     * The device now shows its review of {@code request} and waits for a button press. Prompts that
     * can draw the device's screens for the request override this; the others show its device text.
     */
    default void confirmOnDevice(SigningRequest request) {
        confirmOnDevice(request.deviceText());
    }

    /**
     * The person cancelled from elsewhere in the app (a review's own Cancel) while the device waits:
     * stop the device's exchange as the prompt's own Cancel would. Prompts that can stop nothing do nothing.
     */
    default void cancel() {
    }

    /** The device screen is no longer waiting for the person (approved, rejected or failed). */
    default void confirmationClosed() {
    }

    /**
     * The OneKey/Trezor protocol asks for the PIN on a scrambled 3x3 matrix the device shows; the
     * answer is the sequence of positions (1-9, numbered like a phone keypad bottom-up:
     * 7 8 9 / 4 5 6 / 1 2 3) the person clicked. Empty means the person cancelled.
     */
    default Optional<String> pinMatrix() {
        return Optional.empty();
    }

    /** Passphrase entry: empty means "type it on the device", which is preferred. */
    default Optional<String> passphrase() {
        return Optional.empty();
    }

    /** For scripted use (CLI, tests): nothing to show, PIN and passphrase must be entered on the device. */
    DevicePrompts NONE = new DevicePrompts() {
    };
}
