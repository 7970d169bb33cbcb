package org.steward.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.chain.logs.EventMeta;
import org.steward.core.chain.logs.RawLog;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.fuzz.Mutate;
import org.steward.core.fuzz.SeededFuzz;

/** Logs from a node that lies: every event the registry reads, with short, long or garbled topics and data. */
class RegistryLogsFuzzTest {

    @Test
    void everyEventDecodesOrIsAMalformedLog() {
        List<Hash32> topics = RegistryEventDecoder.topics();
        EventMeta meta = new EventMeta(Address.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), 5, Hash32.of(new byte[32]), 1, 0,
                Hash32.of(new byte[32]));
        // a plausible body: small words, then a string at offset 0x60 (a uri or reason)
        byte[] body = org.steward.core.eth.Hex.decode("0x" + "00".repeat(31) + "60" + "00".repeat(31) + "01" + "00".repeat(31) + "02"
                + "00".repeat(31) + "05" + "68656c6c6f" + "00".repeat(27));
        SeededFuzz.Report r = SeededFuzz.run("registry logs", SeededFuzz.cases(20_000), rnd -> {
            List<byte[]> t = new ArrayList<>();
            t.add(topics.get(rnd.nextInt(topics.size())).bytes());
            for (int i = rnd.nextInt(5); i > 0; i--) {
                t.add(rnd.nextInt(6) == 0 ? Mutate.randomBytes(rnd, rnd.nextInt(40)) : Mutate.edgeWord(rnd, 64));
            }
            return new RawLog(meta, t, Mutate.bytes(rnd, body));
        }, RegistryEventDecoder::decode, MalformedLogException.class);
        assertThat(r.unexpected()).isEmpty();
    }

    /** Before the fix a 5-byte topic reached Address.fromBytes and a huge string length wrapped an int: both are malformed logs now. */
    @Test
    void shortTopicsAndWrappingLengthsAreMalformedLogs() {
        EventMeta meta = new EventMeta(Address.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), 5, Hash32.of(new byte[32]), 1, 0,
                Hash32.of(new byte[32]));
        byte[] stake = RegistryEventDecoder.topic("StakeAdded(uint256,address,uint256)").bytes();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RegistryEventDecoder.decode(new RawLog(meta,
                List.of(stake, new byte[32], new byte[5]), new byte[32]))).isInstanceOf(MalformedLogException.class).hasMessageContaining("topic 2");
        byte[] evidence = RegistryEventDecoder.topic("Evidence(uint256,address,string)").bytes();
        byte[] data = org.steward.core.eth.Hex.decode("0x" + "00".repeat(28) + "7fffffe0" + "00".repeat(28) + "7fffffff");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RegistryEventDecoder.decode(new RawLog(meta,
                List.of(evidence, new byte[32], new byte[32]), data))).isInstanceOf(MalformedLogException.class);
    }
}
