package org.steward.wallet.trezor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.fuzz.Mutate;
import org.steward.core.fuzz.SeededFuzz;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.EthTransaction;
import org.steward.core.sign.PersonalMessageRequest;
import org.steward.core.sign.SignerException;
import org.steward.core.sign.TransactionRequest;
import org.steward.core.sign.TypedDataRequest;
import org.steward.wallet.transport.PacketTransport;
import org.steward.wallet.trezor.proto.TrezorMessages;

/**
 * A OneKey's answers are outside data: protobuf messages of the Trezor wire protocol, mutated in
 * their bytes and in their message type, must end in a value or a {@link SignerException}, never
 * a protobuf, index, number or argument exception. The samples are the answers trezor-firmware
 * gives (common/protob/messages-ethereum.proto): Features, EthereumAddress, the two signatures
 * and a TxRequest that carries the signature, each after a ButtonRequest.
 */
class OneKeyAnswersFuzzTest {

    private static final DerivationPath PATH = DerivationPath.bip44(0);
    private static final String DEMO_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    private static final byte[] RSV = bytes(65, 0x11, 0x1b);

    /** The operations the host asks for, and the device's real answer to each. */
    private enum Kind { FEATURES, ADDRESS, MESSAGE, TYPED, TX_LEGACY, TX_1559 }

    private static byte[] bytes(int n, int fill, int last) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) fill);
        b[n - 1] = (byte) last;
        return b;
    }

    private static Frame answer(Kind kind) {
        return switch (kind) {
            case FEATURES -> new Frame(TrezorMessageType.FEATURES.wire(), TrezorMessages.Features.newBuilder().setVendor("onekey.so")
                    .setMajorVersion(3).setMinorVersion(8).setPatchVersion(0).build().toByteArray());
            case ADDRESS -> new Frame(TrezorMessageType.ETHEREUM_ADDRESS.wire(),
                    TrezorMessages.EthereumAddress.newBuilder().setAddress(DEMO_0).build().toByteArray());
            case MESSAGE -> new Frame(TrezorMessageType.ETHEREUM_MESSAGE_SIGNATURE.wire(), TrezorMessages.EthereumMessageSignature.newBuilder()
                    .setSignature(ByteString.copyFrom(RSV)).setAddress(DEMO_0).build().toByteArray());
            case TYPED -> new Frame(TrezorMessageType.ETHEREUM_TYPED_DATA_SIGNATURE.wire(), TrezorMessages.EthereumTypedDataSignature.newBuilder()
                    .setSignature(ByteString.copyFrom(RSV)).setAddress(DEMO_0).build().toByteArray());
            case TX_LEGACY -> new Frame(TrezorMessageType.ETHEREUM_TX_REQUEST.wire(), TrezorMessages.EthereumTxRequest.newBuilder()
                    .setSignatureV(31337 * 2 + 35).setSignatureR(ByteString.copyFrom(bytes(32, 0x22, 1)))
                    .setSignatureS(ByteString.copyFrom(bytes(32, 0x33, 1))).build().toByteArray());
            case TX_1559 -> new Frame(TrezorMessageType.ETHEREUM_TX_REQUEST.wire(), TrezorMessages.EthereumTxRequest.newBuilder()
                    .setSignatureV(1).setSignatureR(ByteString.copyFrom(bytes(32, 0x22, 1)))
                    .setSignatureS(ByteString.copyFrom(bytes(32, 0x33, 1))).build().toByteArray());
        };
    }

    private record Frame(int type, byte[] payload) {
    }

    private record Case(Kind kind, List<Frame> answers) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(kind.name());
            answers.forEach(f -> s.append(" [").append(f.type()).append(' ').append(org.steward.core.eth.Hex.encode(f.payload())).append(']'));
            return s.toString();
        }
    }

    @Test
    void mutatedAnswersEndInAValueOrANamedProtocolFailure() {
        Kind[] kinds = Kind.values();
        SeededFuzz.Report r = SeededFuzz.run("OneKey answers", SeededFuzz.cases(3_000), rnd -> {
            Kind kind = kinds[rnd.nextInt(kinds.length)];
            Frame real = answer(kind);
            int type = switch (rnd.nextInt(8)) {
                case 0 -> TrezorMessageType.values()[rnd.nextInt(TrezorMessageType.values().length)].wire();
                case 1 -> rnd.nextInt(1 << 16);
                default -> real.type();
            };
            Frame mutated = new Frame(type, rnd.nextInt(10) == 0 ? real.payload() : Mutate.bytes(rnd, real.payload()));
            Frame button = new Frame(TrezorMessageType.BUTTON_REQUEST.wire(), rnd.nextInt(4) == 0
                    ? Mutate.bytes(rnd, new byte[] {0x08, 0x01}) : new byte[] {0x08, 0x01});
            return new Case(kind, rnd.nextBoolean() ? List.of(button, mutated) : List.of(mutated));
        }, c -> ask(c.kind(), new OneKeySigner("OneKey", true, new Answering(c.answers()), Duration.ofSeconds(1))), SignerException.class);
        assertThat(r.unexpected()).isEmpty();
    }

    /** Crashes the fuzz run found, kept: a device's signature with a recovery byte that is neither 0/1 nor 27/28, r longer than 32 bytes. */
    @Test
    void answersTheFuzzRunFoundAreProtocolFailures() {
        List<Case> found = List.of(
                new Case(Kind.MESSAGE, List.of(new Frame(TrezorMessageType.ETHEREUM_MESSAGE_SIGNATURE.wire(),
                        TrezorMessages.EthereumMessageSignature.newBuilder().setSignature(ByteString.copyFrom(bytes(65, 0x11, 0x7f)))
                                .setAddress(DEMO_0).build().toByteArray()))),
                new Case(Kind.TX_1559, List.of(new Frame(TrezorMessageType.ETHEREUM_TX_REQUEST.wire(), TrezorMessages.EthereumTxRequest.newBuilder()
                        .setSignatureV(1).setSignatureR(ByteString.copyFrom(bytes(40, 0x22, 1)))
                        .setSignatureS(ByteString.copyFrom(bytes(32, 0x33, 1))).build().toByteArray()))),
                new Case(Kind.ADDRESS, List.of(new Frame(TrezorMessageType.ETHEREUM_ADDRESS.wire(),
                        TrezorMessages.EthereumAddress.newBuilder().setAddress("0x12").build().toByteArray()))));
        for (Case c : found) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ask(c.kind(), new OneKeySigner("OneKey", true, new Answering(c.answers()),
                    Duration.ofSeconds(1)))).as(c.toString()).isInstanceOf(SignerException.class)
                    .extracting(e -> ((SignerException) e).reason()).isEqualTo(SignerException.Reason.PROTOCOL);
        }
    }

    private static void ask(Kind kind, OneKeySigner signer) {
        BigInteger chain = BigInteger.valueOf(31337);
        Address to = Address.parse(DEMO_0);
        switch (kind) {
            case FEATURES -> signer.features();
            case ADDRESS -> signer.address(PATH, false, DevicePrompts.NONE);
            case MESSAGE -> signer.sign(PersonalMessageRequest.utf8(PATH, "hello"), DevicePrompts.NONE);
            case TYPED -> signer.sign(TypedDataRequest.parse(PATH, "{\"types\": {\"EIP712Domain\": [{\"name\": \"name\", \"type\": \"string\"}]},"
                    + " \"primaryType\": \"EIP712Domain\", \"domain\": {\"name\": \"snapshot\"}, \"message\": {}}"), DevicePrompts.NONE);
            case TX_LEGACY -> signer.sign(new TransactionRequest(PATH, EthTransaction.legacy(chain, BigInteger.ZERO, to, BigInteger.TEN,
                    BigInteger.valueOf(21_000), new byte[0], BigInteger.ONE)), DevicePrompts.NONE);
            case TX_1559 -> signer.sign(new TransactionRequest(PATH, EthTransaction.eip1559(chain, BigInteger.ZERO, to, BigInteger.TEN,
                    BigInteger.valueOf(21_000), new byte[0], BigInteger.TWO, BigInteger.ONE)), DevicePrompts.NONE);
        }
    }

    /**
     * A device that answers each request the host starts with the next scripted message, framed as
     * the device frames it, and then falls silent (a protocol failure), so an endless ButtonRequest cannot loop.
     */
    private static final class Answering implements PacketTransport {
        private final Deque<Frame> script;
        private final Deque<byte[]> packets = new ArrayDeque<>();

        Answering(List<Frame> script) {
            this.script = new ArrayDeque<>(script);
        }

        @Override
        public void write(byte[] packet) {
            boolean startsAMessage = packet.length > 2 && packet[0] == '?' && packet[1] == '#' && packet[2] == '#';
            if (startsAMessage && !script.isEmpty()) {
                Frame f = script.poll();
                packets.addAll(TrezorV1Framing.frame(f.type(), f.payload()));
            }
        }

        @Override
        public byte[] read(Duration timeout) {
            if (packets.isEmpty()) {
                throw new SignerException(SignerException.Reason.PROTOCOL);
            }
            return packets.poll();
        }

        @Override
        public void cancel() {
        }

        @Override
        public void close() {
        }
    }
}
