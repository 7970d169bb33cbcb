package org.steward.wallet.transport;

import java.time.Duration;

/**
 * Raw 64-byte packets to and from one device (HID report, USB bulk transfer, or a simulator).
 * Framing lives above this; failures are {@link org.steward.core.sign.SignerException}s
 * (UNPLUGGED, TIMEOUT, NO_PERMISSION...) so that every layer speaks the same errors.
 */
public interface PacketTransport extends AutoCloseable {

    int PACKET_SIZE = 64;

    /** Sends exactly {@link #PACKET_SIZE} bytes. */
    void write(byte[] packet);

    /** Waits at most {@code timeout} for the next packet; a device waiting for a button press may take minutes. */
    byte[] read(Duration timeout);

    /** Unblocks a pending {@link #read} (the person pressed Cancel in Steward); it then throws {@link TransportCancelledException}. */
    void cancel();

    @Override
    void close();
}
