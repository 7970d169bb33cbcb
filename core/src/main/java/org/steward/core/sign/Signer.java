package org.steward.core.sign;

import org.steward.core.eth.Address;

/**
 * A key holder that signs on a device the person controls (Ledger, OneKey, or a simulator of
 * either in tests and the demo). Calls block until the device answers, so they run on the
 * device's own thread, never on the FX thread. The caller verifies every signature with
 * {@link SignatureVerifier} before storing or sending it.
 */
public interface Signer {

    /** What the person sees in lists and dialogs, e.g. "Ledger Nano X" or "OneKey Classic 1S (simulated device)". */
    String label();

    /** Simulators are labelled as such everywhere; they never sign for real funds. */
    boolean simulated();

    Address address(DerivationPath path, boolean showOnDevice, DevicePrompts prompts);

    /**
     * What the device runs, as it reports it: "Ethereum app 1.13.0 · blind signing off" on a
     * Ledger, "firmware 3.0.0" on a OneKey. Empty when the device cannot say. Blocking.
     */
    default java.util.Optional<String> firmware() {
        return java.util.Optional.empty();
    }

    EcdsaSignature sign(SigningRequest request, DevicePrompts prompts);

    /**
     * Stops the exchange waiting on the device (the person pressed Cancel in Steward); callable
     * from any thread. The waiting call then fails with a cancellation, and the device is left
     * ready for the next request where its protocol allows it.
     */
    default void cancel() {
    }
}
