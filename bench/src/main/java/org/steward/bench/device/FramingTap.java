package org.steward.bench.device;

import java.time.Duration;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;
import org.steward.wallet.transport.PacketTransport;

/**
 * Watches the packets going through a transport, reassembles each message both ways with the
 * protocol's own reader, and adds up the fewest packets the framing would allow for exactly those
 * messages. Actual packets divided by that sum is the framing overhead (1.0 is perfect).
 */
final class FramingTap implements PacketTransport {

    /** Feeds one packet to a reader; returns the completed message's length, or -1. */
    interface Reassembler extends ToIntFunction<byte[]> {
    }

    private final PacketTransport delegate;
    private final Reassembler outbound;
    private final Reassembler inbound;
    private final IntUnaryOperator minimumPackets;
    private long minimum;
    private long messages;

    FramingTap(PacketTransport delegate, Reassembler outbound, Reassembler inbound, IntUnaryOperator minimumPackets) {
        this.delegate = delegate;
        this.outbound = outbound;
        this.inbound = inbound;
        this.minimumPackets = minimumPackets;
    }

    @Override
    public void write(byte[] packet) {
        count(outbound.applyAsInt(packet));
        delegate.write(packet);
    }

    @Override
    public byte[] read(Duration timeout) {
        byte[] p = delegate.read(timeout);
        count(inbound.applyAsInt(p));
        return p;
    }

    private void count(int completedLength) {
        if (completedLength >= 0) {
            minimum += minimumPackets.applyAsInt(completedLength);
            messages++;
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

    long minimumPackets() {
        return minimum;
    }

    long messages() {
        return messages;
    }

    void reset() {
        minimum = 0;
        messages = 0;
    }
}
