package org.steward.wallet.ledger;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steward.core.sign.SignerException;
import org.steward.wallet.transport.PacketTransport;

/**
 * Ledger's HID framing of APDUs into 64-byte reports: channel (2 bytes), tag 0x05, sequence index
 * (2 bytes), and in the first packet the 2-byte length of the whole APDU; the last packet is
 * zero-padded. Used in both directions, by the host and by {@code SimulatedLedger}.
 */
public final class LedgerHidFraming {

    public static final int CHANNEL = 0x0101;
    private static final int TAG_APDU = 0x05;
    private static final int HEADER = 5;
    static final int FIRST_PAYLOAD = PacketTransport.PACKET_SIZE - HEADER - 2;
    static final int NEXT_PAYLOAD = PacketTransport.PACKET_SIZE - HEADER;

    private LedgerHidFraming() {
    }

    public static List<byte[]> frame(byte[] message) {
        if (message.length > 0xffff) {
            throw new IllegalArgumentException("an APDU has at most 65535 bytes, not " + message.length);
        }
        List<byte[]> packets = new ArrayList<>();
        int offset = 0;
        int seq = 0;
        do {
            byte[] p = new byte[PacketTransport.PACKET_SIZE];
            p[0] = (byte) (CHANNEL >> 8);
            p[1] = (byte) CHANNEL;
            p[2] = TAG_APDU;
            p[3] = (byte) (seq >> 8);
            p[4] = (byte) seq;
            int at = HEADER;
            if (seq == 0) {
                p[5] = (byte) (message.length >> 8);
                p[6] = (byte) message.length;
                at += 2;
            }
            int n = Math.min(message.length - offset, PacketTransport.PACKET_SIZE - at);
            System.arraycopy(message, offset, p, at, n);
            offset += n;
            packets.add(p);
            seq++;
        } while (offset < message.length);
        return packets;
    }

    /** The fewest packets any sender could use for a message of {@code length} bytes under this framing. */
    public static int minimumPackets(int length) {
        return length <= FIRST_PAYLOAD ? 1 : 1 + (length - FIRST_PAYLOAD + NEXT_PAYLOAD - 1) / NEXT_PAYLOAD;
    }

    /** Reassembles one message from packets, checking channel, tag and sequence like the device does. */
    public static final class Reader {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private int expected = -1;
        private int seq;

        public Optional<byte[]> accept(byte[] packet) {
            if (packet.length < HEADER + 2 || ((packet[0] & 0xff) << 8 | packet[1] & 0xff) != CHANNEL
                    || packet[2] != TAG_APDU || ((packet[3] & 0xff) << 8 | packet[4] & 0xff) != seq) {
                throw new SignerException(SignerException.Reason.PROTOCOL);
            }
            int at = HEADER;
            if (seq == 0) {
                expected = (packet[5] & 0xff) << 8 | packet[6] & 0xff;
                at += 2;
            }
            int n = Math.min(expected - buffer.size(), packet.length - at);
            buffer.write(packet, at, n);
            seq++;
            if (buffer.size() < expected) {
                return Optional.empty();
            }
            byte[] out = buffer.toByteArray();
            buffer.reset();
            expected = -1;
            seq = 0;
            return Optional.of(out);
        }
    }
}
