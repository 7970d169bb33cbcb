package org.steward.wallet.sim;

import java.time.Duration;
import java.util.List;
import org.steward.core.sign.SignerException;
import org.steward.wallet.transport.PacketQueue;
import org.steward.wallet.transport.PacketTransport;

/**
 * The device end of a {@link PacketTransport}: packets the host writes are handed to the
 * simulated firmware, whose answer packets the host then reads. Unplugging is simulated here so
 * that it looks the same to the host as a real cable coming out.
 */
abstract class SimulatedTransport implements PacketTransport {

    protected final SimulatedBehaviour behaviour;
    private final PacketQueue outbox = new PacketQueue();
    private int packetsFromHost;
    private volatile boolean unplugged;

    SimulatedTransport(SimulatedBehaviour behaviour) {
        this.behaviour = behaviour;
    }

    /** Firmware side: consume one packet from the host, return the packets to send back (often none). */
    protected abstract List<byte[]> receive(byte[] packet);

    @Override
    public final synchronized void write(byte[] packet) {
        if (packet.length != PACKET_SIZE) {
            throw new IllegalArgumentException("a packet has " + PACKET_SIZE + " bytes, not " + packet.length);
        }
        requirePlugged();
        // The host has read every answer it wanted before it writes again; an answer left came after a
        // cancelled wait (the firmware's own rejection) and must not be taken for the next answer.
        outbox.dropAnswers();
        packetsFromHost++;
        int limit = behaviour.unplugAfter();
        if (limit >= 0 && packetsFromHost > limit) {
            unplugged = true;
            outbox.clear();
            requirePlugged();
        }
        for (byte[] answer : receive(packet.clone())) {
            outbox.offer(answer);
        }
    }

    @Override
    public final byte[] read(Duration timeout) {
        requirePlugged();
        return outbox.take(timeout);
    }

    @Override
    public final void cancel() {
        outbox.cancel();
        behaviour.cancelWaiting();
    }

    @Override
    public void close() {
        outbox.clear();
    }

    private void requirePlugged() {
        if (unplugged) {
            throw new SignerException(SignerException.Reason.UNPLUGGED);
        }
    }
}
