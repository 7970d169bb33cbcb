package org.steward.wallet.trezor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.core.sign.SignerException;
import org.steward.wallet.trezor.proto.TrezorMessages;

/** The packet layout of trezor-firmware common/protob/protocol.md, "Version 1 (Codec v1)". */
class TrezorV1FramingTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void anEmptyInitializeIsOnePacketWithMagicTypeAndZeroLength() {
        List<byte[]> packets = TrezorV1Framing.frame(TrezorMessageType.INITIALIZE.wire(), new byte[0]);

        assertThat(packets).hasSize(1);
        assertThat(HEX.formatHex(packets.get(0))).isEqualTo("3f2323" + "0000" + "00000000" + "00".repeat(55));
    }

    @Test
    void aLongMessageFillsTheFirst55BytesThen63PerPacket() {
        byte[] payload = new byte[55 + 63 + 1];
        for (int i = 0; i < payload.length; i++) {
            payload[i] = (byte) (i + 1);
        }

        List<byte[]> packets = TrezorV1Framing.frame(TrezorMessageType.ETHEREUM_SIGN_TX_EIP1559.wire(), payload);

        assertThat(packets).hasSize(3).allSatisfy(p -> assertThat(p).hasSize(64).startsWith((byte) '?'));
        assertThat(HEX.formatHex(packets.get(0), 0, 9)).isEqualTo("3f2323" + "01c4" + "00000077");
        assertThat(packets.get(0)[9]).isEqualTo((byte) 1);
        assertThat(packets.get(1)[1]).isEqualTo((byte) 56);
        assertThat(packets.get(2)[1]).isEqualTo((byte) 119);
        assertThat(HEX.formatHex(packets.get(2), 2, 64)).isEqualTo("00".repeat(62));
    }

    @Test
    void readerReassemblesWhatFrameProduced() throws Exception {
        TrezorMessages.EthereumSignMessage m = TrezorMessages.EthereumSignMessage.newBuilder()
                .setMessage(com.google.protobuf.ByteString.copyFrom(new byte[300])).addAddressN(0x8000002c).build();
        TrezorV1Framing.Reader reader = new TrezorV1Framing.Reader();
        Optional<TrezorV1Framing.Message> out = Optional.empty();

        for (byte[] p : TrezorV1Framing.frame(TrezorMessageType.ETHEREUM_SIGN_MESSAGE.wire(), m.toByteArray())) {
            assertThat(out).isEmpty();
            out = reader.accept(p);
        }

        assertThat(out).hasValueSatisfying(msg -> {
            assertThat(msg.type()).isEqualTo(64);
            assertThat(msg.payload()).isEqualTo(m.toByteArray());
        });
    }

    @Test
    void aPacketWithoutTheMarkerIsAProtocolError() {
        assertThatThrownBy(() -> new TrezorV1Framing.Reader().accept(new byte[64]))
                .isInstanceOfSatisfying(SignerException.class, e -> assertThat(e.reason()).isEqualTo(SignerException.Reason.PROTOCOL));
    }

    @Test
    void minimumPacketCountMatchesWhatFrameProduces() {
        for (int n : new int[] {0, 55, 56, 118, 119, 1030, 10_000}) {
            assertThat(TrezorV1Framing.frame(1, new byte[n])).as("%d bytes", n).hasSize(TrezorV1Framing.minimumPackets(n));
        }
    }
}
