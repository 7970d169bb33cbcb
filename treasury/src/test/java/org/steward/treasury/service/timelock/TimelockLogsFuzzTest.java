package org.steward.treasury.service.timelock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.chain.ChainException;
import org.steward.core.chain.logs.EventMeta;
import org.steward.core.chain.logs.RawLog;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.fuzz.Mutate;
import org.steward.core.fuzz.SeededFuzz;
import org.steward.treasury.domain.timelock.TimelockEntry;
import org.web3j.crypto.Hash;

/**
 * A node's TimelockController logs (OpenZeppelin 5: CallScheduled, CallSalt, CallExecuted,
 * Cancelled), mutated: the operations come out, and a log that does not fit is an unreadable item
 * that names it, never an index, argument or arithmetic exception, and never a read that stops.
 */
class TimelockLogsFuzzTest {

    private static final byte[] ID = Hash32.parse("0x" + "1d".repeat(32)).bytes();

    private static byte[] topic(String signature) {
        return Hash.sha3(signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static RawLog log(long block, List<byte[]> topics, byte[] data) {
        return new RawLog(new EventMeta(Address.parse("0x" + "71".repeat(20)), block, Hash32.of(new byte[32]), 1_700_000_000L + block, 0,
                Hash32.of(new byte[32])), topics, data);
    }

    private static byte[] body(String fields, List<String> values) {
        byte[] call = AbiCalls.encode(AbiFunction.parse("e(" + fields + ")"), values);
        return Arrays.copyOfRange(call, 4, call.length);
    }

    private static final List<RawLog> SAMPLE = List.of(
            log(1, List.of(topic("CallScheduled(bytes32,uint256,address,uint256,bytes,bytes32,uint256)"), ID, new byte[32]),
                    body("address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay",
                            List.of("0x" + "22".repeat(20), "5", "0xabcd", "0x" + "00".repeat(32), "3600"))),
            log(1, List.of(topic("CallSalt(bytes32,bytes32)"), ID), body("bytes32 salt", List.of("0x" + "5a".repeat(32)))),
            log(2, List.of(topic("CallExecuted(bytes32,uint256,address,uint256,bytes)"), ID, new byte[32]),
                    body("address target, uint256 value, bytes data", List.of("0x" + "22".repeat(20), "5", "0xabcd"))),
            log(3, List.of(topic("Cancelled(bytes32)"), ID), new byte[0]));

    @Test
    void mutatedTimelockLogsGiveOperationsOrARefusalThatNamesTheLog() {
        List<TimelockEntry> honest = TimelockReader.entries(SAMPLE, 1_800_000_000L).entries();
        assertThat(honest).hasSize(1);
        SeededFuzz.Report r = SeededFuzz.run("timelock logs", SeededFuzz.cases(5_000), rnd -> {
            List<RawLog> logs = new ArrayList<>(SAMPLE);
            int at = rnd.nextInt(logs.size());
            RawLog s = logs.get(at);
            List<byte[]> topics = new ArrayList<>(s.topics());
            switch (rnd.nextInt(5)) {
                case 0 -> topics.set(rnd.nextInt(topics.size()), Mutate.bytes(rnd, topics.get(0)));
                case 1 -> topics.remove(topics.size() - 1);
                case 2 -> topics.set(topics.size() - 1, Mutate.edgeWord(rnd, 0));
                default -> {
                }
            }
            logs.set(at, log(s.meta().block(), topics, Mutate.bytes(rnd, s.data())));
            return logs;
        }, logs -> TimelockReader.entries(logs, 1_800_000_000L), ChainException.class);
        assertThat(r.unexpected()).isEmpty();
    }

    /** Finds kept: a CallScheduled without its index topic, an index past an int, a delay that overflows the clock. */
    @Test
    void theFuzzRunsFindsAreUnreadableItemsNamingTheLog() {
        RawLog scheduled = SAMPLE.get(0);
        List<RawLog> found = List.of(
                log(1, scheduled.topics().subList(0, 2), scheduled.data()),
                log(1, List.of(scheduled.topics().get(0), ID, Hash32.parse("0x" + "ff".repeat(32)).bytes()), scheduled.data()),
                log(1, scheduled.topics(), body("address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay",
                        List.of("0x" + "22".repeat(20), "5", "0xabcd", "0x" + "00".repeat(32), Long.toString(Long.MAX_VALUE)))));
        for (RawLog bad : found) {
            TimelockReader.Operations read = TimelockReader.entries(List.of(bad), 0);
            assertThat(read.entries()).isEmpty();
            assertThat(read.notice().unreadable()).singleElement()
                    .satisfies(u -> assertThat(u.sentence()).contains("block 1, log index 0").contains("out of range"));
        }
    }

    /** One bad log among an operation's logs: that operation and the others still show, the bad log beside them. */
    @Test
    void aBadLogIsOneItemAndTheOtherOperationsStillShow() {
        byte[] other = Hash32.parse("0x" + "2e".repeat(32)).bytes();
        RawLog scheduled = SAMPLE.get(0);
        List<RawLog> logs = new ArrayList<>(SAMPLE);
        logs.add(log(4, List.of(scheduled.topics().get(0), other, new byte[32]), scheduled.data()));
        logs.add(log(5, List.of(scheduled.topics().get(0), other), new byte[7]));

        TimelockReader.Operations read = TimelockReader.entries(logs, 1_800_000_000L);

        assertThat(read.entries()).extracting(e -> e.id().bytes()).containsExactly(other, ID);
        assertThat(read.notice().unreadable()).singleElement().satisfies(u -> assertThat(u.meta().block()).isEqualTo(5));
        assertThat(read.notice().text()).startsWith("Unreadable log at block 5, log index 0");
    }
}
