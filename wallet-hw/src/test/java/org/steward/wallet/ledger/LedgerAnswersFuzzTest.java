package org.steward.wallet.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Hash32;
import org.steward.core.fuzz.Mutate;
import org.steward.core.fuzz.SeededFuzz;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.SignerException;
import org.steward.core.sign.TypedDataRequest;
import org.steward.wallet.transport.PacketTransport;

/**
 * A device is outside data too: answers to GET CONFIGURATION, GET ADDRESS and the signing APDUs,
 * mutated, must end in a value or a {@link SignerException}, never an index or format exception.
 */
class LedgerAnswersFuzzTest {

    private static final HexFormat HEX = HexFormat.of();
    /** GET ADDRESS as app-ethereum answers: 65-byte key, 40 hex digits (ledger-live's recording of the demo seed's account 0). */
    private static final byte[] ADDRESS = HEX.parseHex("41" + "04" + "ab".repeat(64) + "28"
            + HEX.formatHex("f39Fd6e51aad88F6F4ce6aB8827279cffFb92266".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) + "9000");
    private static final byte[] CONFIGURATION = HEX.parseHex("010a04" + "00" + "9000");
    private static final byte[] SIGNATURE = HEX.parseHex("1b" + "11".repeat(32) + "22".repeat(32) + "9000");

    @Test
    void mutatedAnswersAreNamedProtocolFailures() {
        DerivationPath path = DerivationPath.bip44(0);
        List<byte[]> samples = List.of(ADDRESS, CONFIGURATION, SIGNATURE);
        SeededFuzz.Report r = SeededFuzz.run("Ledger answers", SeededFuzz.cases(6_000), rnd -> {
            int kind = rnd.nextInt(samples.size());
            byte[] answer = Mutate.bytes(rnd, samples.get(kind));
            return new byte[][] {{(byte) kind}, answer};
        }, c -> {
            LedgerEthApp app = new LedgerEthApp(new LedgerChannel(new Answering(c[1]), Duration.ofSeconds(1)), LedgerEthApp.LEDGER_LIVE_CHUNK);
            switch (c[0][0]) {
                case 0 -> app.address(path, false);
                case 1 -> app.configuration();
                default -> app.signEip712Hashed(path, Hash32.of(new byte[32]), Hash32.of(new byte[32]));
            }
        }, SignerException.class);
        assertThat(r.unexpected()).isEmpty();
    }

    /** The short answer, and the fuzz run's first find (case 206, seed 92158541): a garbled checksum. */
    @Test
    void shortOrGarbledAddressAnswersAreProtocolFailures() {
        String garbled = HEX.formatHex(ADDRESS).replace(HEX.formatHex("f39Fd6e5".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                HEX.formatHex("f39FdAe5".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        for (String answer : List.of("41049000", "9000", "00289000", garbled)) {
            LedgerEthApp app = new LedgerEthApp(new LedgerChannel(new Answering(HEX.parseHex(answer)), Duration.ofSeconds(1)), 150);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.address(DerivationPath.bip44(0), false)).as(answer)
                    .isInstanceOf(SignerException.class).extracting(e -> ((SignerException) e).reason()).isEqualTo(SignerException.Reason.PROTOCOL);
        }
    }

    @Test
    void arraysLongerThanTheAppCountsAreSignedInHashedModeNotCut() {
        StringBuilder votes = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            votes.append(i == 0 ? "" : ",").append(i);
        }
        String doc = "{\"types\": {\"EIP712Domain\": [{\"name\": \"name\", \"type\": \"string\"}], \"Ballot\": [{\"name\": \"choices\", \"type\": \"uint32[]\"}]},"
                + " \"primaryType\": \"Ballot\", \"domain\": {\"name\": \"snapshot\"}, \"message\": {\"choices\": [" + votes + "]}}";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Eip712Apdus.of(doc)).isInstanceOf(SignerException.class)
                .extracting(e -> ((SignerException) e).reason()).isEqualTo(SignerException.Reason.UNSUPPORTED);
        DerivationPath path = DerivationPath.bip44(0);
        TypedDataRequest request = TypedDataRequest.parse(path, doc);
        ReplayTransport device = new ReplayTransport(List.of(
                new String[] {"e006000000", "01010a04" + "9000"},
                new String[] {"e00c000055" + HEX.formatHex(LedgerEthApp.pathBytes(path)) + request.domainHash().hex().substring(2)
                        + request.messageHash().orElseThrow().hex().substring(2), "1b" + "11".repeat(32) + "22".repeat(32) + "9000"}));
        new LedgerSigner("Ledger", false, device).sign(request, DevicePrompts.NONE);
        assertThat(device.finished()).as("no struct APDU was sent: straight to hashed mode").isTrue();
    }

    /** Answers every APDU with the same raw answer, framed as the device frames it. */
    private static final class Answering implements PacketTransport {
        private final byte[] answer;
        private final Deque<byte[]> packets = new ArrayDeque<>();

        Answering(byte[] answer) {
            this.answer = answer;
        }

        @Override
        public void write(byte[] packet) {
            if (packets.isEmpty()) {
                packets.addAll(LedgerHidFraming.frame(answer));
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
