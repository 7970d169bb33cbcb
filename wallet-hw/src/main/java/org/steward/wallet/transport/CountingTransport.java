package org.steward.wallet.transport;

import java.time.Duration;

/**
 * Counts packets each way and the time spent inside the wrapped transport, so a benchmark can
 * tell host-side work (framing, encoding, parsing) from time spent in the device or simulator.
 */
public final class CountingTransport implements PacketTransport {

    private final PacketTransport delegate;
    private long written;
    private long read;
    private long nanosInside;

    public CountingTransport(PacketTransport delegate) {
        this.delegate = delegate;
    }

    @Override
    public void write(byte[] packet) {
        long t = System.nanoTime();
        try {
            delegate.write(packet);
            written++;
        } finally {
            nanosInside += System.nanoTime() - t;
        }
    }

    @Override
    public byte[] read(Duration timeout) {
        long t = System.nanoTime();
        try {
            byte[] p = delegate.read(timeout);
            read++;
            return p;
        } finally {
            nanosInside += System.nanoTime() - t;
        }
    }

    @Override
    public void cancel() {
        delegate.cancel();
    }

    @Override
    public void close() {
        delegate.close();
    }

    public long packetsWritten() {
        return written;
    }

    public long packetsRead() {
        return read;
    }

    public long nanosInsideTransport() {
        return nanosInside;
    }

    public void reset() {
        written = 0;
        read = 0;
        nanosInside = 0;
    }
}
