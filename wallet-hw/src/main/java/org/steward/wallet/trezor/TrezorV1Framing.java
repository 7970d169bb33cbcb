package org.steward.wallet.trezor;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steward.core.sign.SignerException;
import org.steward.wallet.transport.PacketTransport;

/**
 * The Trezor protocol v1 framing OneKey also speaks: the first 64-byte packet is
 * {@code ?##} + message type (u16 BE) + payload length (u32 BE) + up to 55 payload bytes, every
 * following packet is {@code ?} + 63 payload bytes, the last one zero-padded. Used by the host and
 * by {@code SimulatedOneKey}.
 */
public final class TrezorV1Framing {

    private static final byte MAGIC = '?';
    private static final byte HASH = '#';
    static final int FIRST_PAYLOAD = PacketTransport.PACKET_SIZE - 9;
    static final int NEXT_PAYLOAD = PacketTransport.PACKET_SIZE - 1;

    private TrezorV1Framing() {
    }

    /** A protobuf message with its wire type number. */
    public record Message(int type, byte[] payload) {
    }

    public static List<byte[]> frame(int type, byte[] payload) {
        List<byte[]> packets = new ArrayList<>();
        byte[] first = new byte[PacketTransport.PACKET_SIZE];
        first[0] = MAGIC;
        first[1] = HASH;
        first[2] = HASH;
        first[3] = (byte) (type >> 8);
        first[4] = (byte) type;
        first[5] = (byte) (payload.length >>> 24);
        first[6] = (byte) (payload.length >>> 16);
        first[7] = (byte) (payload.length >>> 8);
        first[8] = (byte) payload.length;
        int offset = Math.min(payload.length, FIRST_PAYLOAD);
        System.arraycopy(payload, 0, first, 9, offset);
        packets.add(first);
        while (offset < payload.length) {
            byte[] p = new byte[PacketTransport.PACKET_SIZE];
            p[0] = MAGIC;
            int n = Math.min(payload.length - offset, NEXT_PAYLOAD);
            System.arraycopy(payload, offset, p, 1, n);
            offset += n;
            packets.add(p);
        }
        return packets;
    }

    public static int minimumPackets(int payloadLength) {
        return payloadLength <= FIRST_PAYLOAD ? 1 : 1 + (payloadLength - FIRST_PAYLOAD + NEXT_PAYLOAD - 1) / NEXT_PAYLOAD;
    }

    /** Reassembles one message; a packet without the {@code ?} marker means the stream is out of step. */
    public static final class Reader {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private int type = -1;
        private int expected;

        public Optional<Message> accept(byte[] packet) {
            if (packet.length != PacketTransport.PACKET_SIZE || packet[0] != MAGIC) {
                throw new SignerException(SignerException.Reason.PROTOCOL);
            }
            int at;
            if (type < 0) {
                if (packet[1] != HASH || packet[2] != HASH) {
                    throw new SignerException(SignerException.Reason.PROTOCOL);
                }
                type = (packet[3] & 0xff) << 8 | packet[4] & 0xff;
                expected = (packet[5] & 0xff) << 24 | (packet[6] & 0xff) << 16 | (packet[7] & 0xff) << 8 | packet[8] & 0xff;
                if (expected < 0 || expected > MAX_MESSAGE) {
                    throw new SignerException(SignerException.Reason.PROTOCOL);
                }
                at = 9;
            } else {
                at = 1;
            }
            int n = Math.min(expected - buffer.size(), packet.length - at);
            buffer.write(packet, at, n);
            if (buffer.size() < expected) {
                return Optional.empty();
            }
            Message m = new Message(type, buffer.toByteArray());
            buffer.reset();
            type = -1;
            return Optional.of(m);
        }

        /** No Steward message comes near this; a larger length is a corrupted header. */
        private static final int MAX_MESSAGE = 1 << 20;
    }
}
