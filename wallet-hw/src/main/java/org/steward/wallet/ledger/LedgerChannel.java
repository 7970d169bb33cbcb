package org.steward.wallet.ledger;

import java.time.Duration;
import java.util.Optional;
import org.steward.wallet.transport.PacketTransport;

/** Sends one APDU and waits for its answer over a {@link PacketTransport} with Ledger's HID framing. */
public final class LedgerChannel {

    private final PacketTransport transport;
    private final Duration timeout;

    public LedgerChannel(PacketTransport transport, Duration timeout) {
        this.transport = transport;
        this.timeout = timeout;
    }

    public ApduResponse exchange(byte[] apdu) {
        for (byte[] packet : LedgerHidFraming.frame(apdu)) {
            transport.write(packet);
        }
        LedgerHidFraming.Reader reader = new LedgerHidFraming.Reader();
        Optional<byte[]> answer = Optional.empty();
        while (answer.isEmpty()) {
            answer = reader.accept(transport.read(timeout));
        }
        return ApduResponse.parse(answer.get());
    }

    public static byte[] apdu(int ins, int p1, int p2, byte[] data) {
        if (data.length > 255) {
            throw new IllegalArgumentException("APDU data is at most 255 bytes, not " + data.length);
        }
        byte[] out = new byte[5 + data.length];
        out[0] = (byte) LedgerEthApp.CLA;
        out[1] = (byte) ins;
        out[2] = (byte) p1;
        out[3] = (byte) p2;
        out[4] = (byte) data.length;
        System.arraycopy(data, 0, out, 5, data.length);
        return out;
    }
}
