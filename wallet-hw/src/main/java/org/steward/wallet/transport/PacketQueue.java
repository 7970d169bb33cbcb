package org.steward.wallet.transport;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.steward.core.sign.SignerException;

/**
 * The read side shared by the real transports' reader threads and the simulators: packets
 * arrive on one thread and are taken on the device's thread, with timeout and cancellation.
 */
public final class PacketQueue {

    private static final byte[] CANCELLED = new byte[0];

    private final LinkedBlockingQueue<byte[]> packets = new LinkedBlockingQueue<>();

    public void offer(byte[] packet) {
        packets.add(packet.clone());
    }

    public void cancel() {
        packets.add(CANCELLED);
    }

    public void clear() {
        packets.clear();
    }

    /** Drops the packets waiting to be read but keeps a pending cancellation for the read it was meant for. */
    public void dropAnswers() {
        packets.removeIf(p -> p != CANCELLED);
    }

    public boolean isEmpty() {
        return packets.isEmpty();
    }

    public byte[] take(Duration timeout) {
        try {
            byte[] p = packets.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (p == null) {
                throw new SignerException(SignerException.Reason.TIMEOUT);
            }
            if (p == CANCELLED) {
                throw new TransportCancelledException();
            }
            return p;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportCancelledException();
        }
    }
}
