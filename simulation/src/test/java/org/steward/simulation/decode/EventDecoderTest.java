package org.steward.simulation.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.simulation.report.DecodedEvent;

class EventDecoderTest {

    private static final Address EMITTER = Address.parse("0x00000000000000000000000000000000000000ee");
    private static final String OWNER_WORD = "0x" + "0".repeat(24) + "00000000000000000000000000000000000000aa";
    private final EventDecoder decoder = new EventDecoder(KnownAbi.get());

    @Test
    void transferReadsItsIndexedPartiesFromTheTopicsAndTheValueFromTheData() {
        EventDecoder.Result r = decoder.decode(EMITTER, List.of(KnownAbi.topic("Transfer(address,address,uint256)"), OWNER_WORD,
                "0x" + "0".repeat(24) + "00000000000000000000000000000000000000bb"), "0x" + "0".repeat(62) + "2a");
        assertThat(r.kind()).isEqualTo("erc20");
        assertThat(r.event().name()).isEqualTo("Transfer");
        assertThat(r.event().args()).containsExactly(
                org.assertj.core.api.Assertions.entry("from", Address.parse("0x00000000000000000000000000000000000000aa").checksummed()),
                org.assertj.core.api.Assertions.entry("to", Address.parse("0x00000000000000000000000000000000000000bb").checksummed()),
                org.assertj.core.api.Assertions.entry("value", "42"));
    }

    @Test
    void safeVersionsThatIndexDifferentlyDecodeToTheSameEvent() {
        String topic = KnownAbi.topic("AddedOwner(address)");
        DecodedEvent indexed = decoder.decode(EMITTER, List.of(topic, OWNER_WORD), "0x").event();
        DecodedEvent plain = decoder.decode(EMITTER, List.of(topic), OWNER_WORD).event();
        assertThat(indexed).isEqualTo(plain);
        assertThat(indexed.args()).containsEntry("owner", Address.parse("0x00000000000000000000000000000000000000aa").checksummed());
        assertThat(decoder.decode(EMITTER, List.of(topic), OWNER_WORD).kind()).isEqualTo("safe");
    }

    @Test
    void anUnknownOrMalformedLogStaysRaw() {
        DecodedEvent unknown = decoder.decode(EMITTER, List.of("0x" + "12".repeat(32)), "0x01").event();
        assertThat(unknown.known()).isFalse();
        assertThat(unknown.args()).containsEntry("topic0", "0x" + "12".repeat(32)).containsEntry("data", "0x01");
        DecodedEvent truncated = decoder.decode(EMITTER, List.of(KnownAbi.topic("Transfer(address,address,uint256)"), OWNER_WORD, OWNER_WORD), "0x01").event();
        assertThat(truncated.known()).as("a Transfer whose value is cut off is not shown as a transfer").isFalse();
    }
}
