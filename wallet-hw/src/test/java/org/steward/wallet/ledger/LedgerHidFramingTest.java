package org.steward.wallet.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steward.core.sign.SignerException;

/** ledger-live's own HID framing cases (vectors/ledger/hid-framing.json), replayed byte for byte. */
class LedgerHidFramingTest {

    private static final HexFormat HEX = HexFormat.of();

    private static JsonNode vectors() throws IOException {
        return new ObjectMapper().readTree(LedgerHidFramingTest.class.getResourceAsStream("/vectors/ledger/hid-framing.json"));
    }

    @Test
    void framesApdusExactlyLikeLedgerLive() throws IOException {
        for (JsonNode c : vectors().get("makeBlocks")) {
            List<String> packets = LedgerHidFraming.frame(HEX.parseHex(c.get("apdu").asText())).stream().map(HEX::formatHex).toList();
            List<String> expected = new ArrayList<>();
            c.get("packets").forEach(p -> expected.add(p.asText()));

            assertThat(packets).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void reassemblesResponsesExactlyLikeLedgerLive() throws IOException {
        for (JsonNode c : vectors().get("reduceResponse")) {
            LedgerHidFraming.Reader reader = new LedgerHidFraming.Reader();
            Optional<byte[]> message = Optional.empty();
            for (JsonNode p : c.get("packets")) {
                assertThat(message).as("complete before the last packet").isEmpty();
                message = reader.accept(HEX.parseHex(p.asText()));
            }
            assertThat(message).map(HEX::formatHex).contains(c.get("message").asText());
        }
    }

    @Test
    void aPacketOutOfSequenceIsAProtocolError() {
        byte[] second = LedgerHidFraming.frame(new byte[100]).get(1);

        assertThatThrownBy(() -> new LedgerHidFraming.Reader().accept(second))
                .isInstanceOfSatisfying(SignerException.class, e -> assertThat(e.reason()).isEqualTo(SignerException.Reason.PROTOCOL));
    }

    @Test
    void minimumPacketCountMatchesWhatFrameProduces() {
        for (int n : new int[] {0, 1, 57, 58, 116, 117, 262, 1000}) {
            assertThat(LedgerHidFraming.frame(new byte[n])).as("%d bytes", n).hasSize(LedgerHidFraming.minimumPackets(n));
        }
    }
}
