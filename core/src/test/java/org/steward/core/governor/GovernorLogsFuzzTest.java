package org.steward.core.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.chain.logs.EventMeta;
import org.steward.core.chain.logs.RawLog;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.fuzz.Mutate;
import org.steward.core.fuzz.SeededFuzz;
import org.web3j.crypto.Hash;

/**
 * A node's Governor logs, mutated in their topics and data: each decodes to an event, is skipped as
 * another event, or is refused by a {@link org.steward.core.chain.ChainException} that names the
 * log, never an index, cast or argument exception. Samples are OpenZeppelin 5's IGovernor events.
 */
class GovernorLogsFuzzTest {

    private static final String VOTER = "0x" + "00".repeat(12) + "70".repeat(20);
    private static final EventMeta META = new EventMeta(Address.parse("0x" + "60".repeat(20)), 9, Hash32.of(new byte[32]), 0, 3,
            Hash32.of(new byte[32]));

    private static byte[] topic(String signature) {
        return Hash.sha3(signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] body(String fields, List<String> values) {
        byte[] call = AbiCalls.encode(AbiFunction.parse("e(" + fields + ")"), values);
        return Arrays.copyOfRange(call, 4, call.length);
    }

    private static final List<RawLog> SAMPLES = List.of(
            new RawLog(META, List.of(topic("ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)")),
                    body("uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, "
                            + "uint256 voteStart, uint256 voteEnd, string description", List.of("77", "0x" + "70".repeat(20),
                            "[\"0x" + "11".repeat(20) + "\"]", "[0]", "[\"\"]", "[\"0xabcdef01\"]", "100", "200", "Raise the bond"))),
            new RawLog(META, List.of(topic("VoteCast(address,uint256,uint8,uint256,string)"), Hash32.parse(VOTER).bytes()),
                    body("uint256 proposalId, uint8 support, uint256 weight, string reason", List.of("77", "1", "1000", "because"))),
            new RawLog(META, List.of(topic("VoteCastWithParams(address,uint256,uint8,uint256,string,bytes)"), Hash32.parse(VOTER).bytes()),
                    body("uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params", List.of("77", "2", "5", "", "0x01"))),
            new RawLog(META, List.of(topic("ProposalQueued(uint256,uint256)")), body("uint256 proposalId, uint256 etaSeconds", List.of("77", "999"))),
            new RawLog(META, List.of(topic("ProposalExecuted(uint256)")), body("uint256 proposalId", List.of("77"))),
            new RawLog(META, List.of(topic("ProposalCanceled(uint256)")), body("uint256 proposalId", List.of("77"))));

    @Test
    void mutatedGovernorLogsDecodeOrAreRefusedByName() {
        assertThat(SAMPLES).allSatisfy(log -> assertThat(GovernorEventDecoder.decode(log)).as("the samples decode").isPresent());
        SeededFuzz.Report r = SeededFuzz.run("Governor logs", SeededFuzz.cases(5_000), rnd -> {
            RawLog s = SAMPLES.get(rnd.nextInt(SAMPLES.size()));
            List<byte[]> topics = new ArrayList<>(s.topics());
            switch (rnd.nextInt(6)) {
                case 0 -> topics.set(topics.size() - 1, Mutate.bytes(rnd, topics.get(topics.size() - 1)));
                case 1 -> topics.remove(topics.size() - 1);
                case 2 -> topics.add(Mutate.bytes(rnd, new byte[32]));
                default -> {
                }
            }
            return new RawLog(s.meta(), topics, Mutate.bytes(rnd, s.data()));
        }, GovernorEventDecoder::decode);
        assertThat(r.unexpected()).isEmpty();
    }

    /** The run's finds, kept: a vote whose voter topic is short, a first topic that is not a hash, a support value past Abstain. */
    @Test
    void theFuzzRunsFindsAreNamedRefusals() {
        RawLog vote = SAMPLES.get(1);
        List<RawLog> found = List.of(
                new RawLog(META, List.of(vote.topics().get(0), new byte[5]), vote.data()),
                new RawLog(META, List.of(new byte[7]), vote.data()),
                new RawLog(META, vote.topics(), body("uint256 proposalId, uint8 support, uint256 weight, string reason", List.of("77", "9", "1", ""))));
        for (RawLog log : found) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> GovernorEventDecoder.decode(log))
                    .isInstanceOf(org.steward.core.chain.ChainException.class).hasMessageContaining("block 9 index 3");
        }
    }
}
