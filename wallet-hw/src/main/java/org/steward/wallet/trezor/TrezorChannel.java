package org.steward.wallet.trezor;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Parser;
import java.time.Duration;
import java.util.Optional;
import org.steward.core.sign.SignerException;
import org.steward.wallet.transport.PacketTransport;

/** Writes and reads whole protobuf messages over a {@link PacketTransport} with the v1 framing. */
public final class TrezorChannel {

    private final PacketTransport transport;
    private final Duration timeout;

    public TrezorChannel(PacketTransport transport, Duration timeout) {
        this.transport = transport;
        this.timeout = timeout;
    }

    public void send(TrezorMessageType type, MessageLite message) {
        send(type, message.toByteArray());
    }

    /** A message already encoded, such as a request whose bytes were also read for a screen preview. */
    public void send(TrezorMessageType type, byte[] payload) {
        for (byte[] packet : TrezorV1Framing.frame(type.wire(), payload)) {
            transport.write(packet);
        }
    }

    public TrezorV1Framing.Message receive() {
        TrezorV1Framing.Reader reader = new TrezorV1Framing.Reader();
        Optional<TrezorV1Framing.Message> m = Optional.empty();
        while (m.isEmpty()) {
            m = reader.accept(transport.read(timeout));
        }
        return m.get();
    }

    public static <T> T parse(Parser<T> parser, TrezorV1Framing.Message message) {
        try {
            return parser.parseFrom(message.payload());
        } catch (InvalidProtocolBufferException e) {
            throw new SignerException(SignerException.Reason.PROTOCOL, e);
        }
    }
}
