package org.steward.wallet.sim;

/**
 * What the simulated person and device do, scriptable from tests and the demo: approve or reject
 * on the device, a locked device, the wrong Ledger app, blind signing off, a PIN to enter, or an
 * unplug after a given number of packets from the host.
 */
public final class SimulatedBehaviour {

    private volatile boolean reject;
    private volatile boolean locked;
    private volatile boolean wrongApp;
    private volatile boolean blindSigningDisabled;
    private volatile String pin;
    private volatile int unplugAfterPackets = -1;
    private volatile boolean oldLedgerApp;
    private volatile String passphraseOnDevice;
    private volatile java.time.Duration buttonDelay = java.time.Duration.ZERO;
    private final Object button = new Object();
    private boolean cancelled;

    public SimulatedBehaviour approve() {
        reject = false;
        return this;
    }

    public SimulatedBehaviour reject() {
        reject = true;
        return this;
    }

    /** Ledger: the OS answers 5515 until unlocked. OneKey: use {@link #pinRequired(String)}. */
    public SimulatedBehaviour locked(boolean value) {
        locked = value;
        return this;
    }

    /** Ledger: the dashboard or another app is open. */
    public SimulatedBehaviour wrongApp(boolean value) {
        wrongApp = value;
        return this;
    }

    public SimulatedBehaviour blindSigningDisabled(boolean value) {
        blindSigningDisabled = value;
        return this;
    }

    /** OneKey: the device is PIN protected and locked; the host must enter this PIN through the matrix. */
    public SimulatedBehaviour pinRequired(String value) {
        pin = value;
        return this;
    }

    /** The cable comes out after the device has received this many packets from the host. */
    public SimulatedBehaviour unplugAfterPackets(int packets) {
        unplugAfterPackets = packets;
        return this;
    }

    /** Ledger: an Ethereum app older than 1.9.19, which knows only the hashed EIP-712 mode. */
    public SimulatedBehaviour oldLedgerApp(boolean value) {
        oldLedgerApp = value;
        return this;
    }

    /** OneKey: passphrase protection is on; if the host asks to enter it on the device, the person types this there. */
    public SimulatedBehaviour passphraseProtection(String typedOnDevice) {
        passphraseOnDevice = typedOnDevice;
        return this;
    }

    String passphraseOnDevice() {
        return passphraseOnDevice;
    }

    boolean isOldLedgerApp() {
        return oldLedgerApp;
    }

    /**
     * The person takes {@code delay} to press the button on each confirmation, so the prompt can be
     * seen in the demo and cancelled from Steward in tests; zero (the default) answers at once.
     */
    public SimulatedBehaviour pressesAfter(java.time.Duration delay) {
        buttonDelay = delay;
        return this;
    }

    /** At a confirmation: waits for the simulated button, then says whether the request is refused (rejected, or cancelled meanwhile). */
    boolean rejects() {
        return !awaitButton() || reject;
    }

    /**
     * The host cancelled the exchange under way: its confirmation, waiting for the button now or
     * reached a moment later, ends refused, as a OneKey answers Cancel.
     */
    void cancelWaiting() {
        synchronized (button) {
            cancelled = true;
            button.notifyAll();
        }
    }

    private boolean awaitButton() {
        java.time.Duration delay = buttonDelay;
        synchronized (button) {
            if (delay.isZero()) {
                boolean refused = cancelled;
                cancelled = false;
                return !refused;
            }
            long deadline = System.nanoTime() + delay.toNanos();
            try {
                for (long left = delay.toNanos(); !cancelled && left > 0; left = deadline - System.nanoTime()) {
                    button.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled = true;
            }
            boolean refused = cancelled;
            cancelled = false;
            return !refused;
        }
    }

    boolean isLocked() {
        return locked;
    }

    boolean isWrongApp() {
        return wrongApp;
    }

    boolean isBlindSigningDisabled() {
        return blindSigningDisabled;
    }

    String pin() {
        return pin;
    }

    int unplugAfter() {
        return unplugAfterPackets;
    }
}
