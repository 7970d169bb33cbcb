package org.steward.core.governor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.chain.logs.EventMeta;
import org.steward.core.chain.logs.LogRejectedException;
import org.steward.core.chain.logs.RawLog;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.steward.core.eth.Hex;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Hash;

/** Governor logs laid out by web3j's ABI encoder (an independent implementation) decode to the fields that went in. */
class GovernorEventDecoderTest {

    private static final Address ALICE = Address.parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    private static final Address BOB = Address.parse("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
    private static final EventMeta META = new EventMeta(Address.parse("0x" + "60".repeat(20)), 20, Hash32.of(new byte[32]), 1, 4,
            Hash32.parse("0x" + "ab".repeat(32)));

    @SuppressWarnings("rawtypes")
    private static RawLog log(String signature, List<byte[]> indexed, Type... fields) {
        List<byte[]> topics = new ArrayList<>();
        topics.add(Hash.sha3(signature.getBytes()));
        topics.addAll(indexed);
        return new RawLog(META, topics, Hex.decode(FunctionEncoder.encodeConstructor(List.of(fields))));
    }

    private static byte[] word(Address a) {
        byte[] w = new byte[32];
        System.arraycopy(a.bytes(), 0, w, 12, 20);
        return w;
    }

    /**
     * The first topics public indexers filter OpenZeppelin Governor logs by (Etherscan's topic0,
     * OpenZeppelin's IGovernor): the events read here must hash to exactly these.
     */
    @Test
    void topicsAreThePublishedOnes() {
        assertThat(GovernorEventDecoder.topics()).extracting(Hash32::hex).contains(
                "0x7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e0",
                "0xb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4",
                "0x9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892",
                "0x712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f",
                "0x789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c");
        assertThat(GovernorEventDecoder.proposalCreatedTopic().hex()).isEqualTo("0x7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e0");
    }

    @Test
    void readsEveryFieldOfAProposal() {
        RawLog raw = log("ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)", List.of(),
                new Uint256(new BigInteger("123456789012345678901234567890")), new org.web3j.abi.datatypes.Address(ALICE.lowerHex()),
                new DynamicArray<>(org.web3j.abi.datatypes.Address.class, new org.web3j.abi.datatypes.Address(BOB.lowerHex())),
                new DynamicArray<>(Uint256.class, new Uint256(5)),
                new DynamicArray<>(Utf8String.class, new Utf8String("")),
                new DynamicArray<>(DynamicBytes.class, new DynamicBytes(new byte[] {1, 2, 3})),
                new Uint256(21), new Uint256(71), new Utf8String("# Slash model 3\nbecause"));

        var p = (GovernorEvent.Created) GovernorEventDecoder.decode(raw).orElseThrow();

        assertThat(p.proposalId()).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(p.proposer()).isEqualTo(ALICE);
        assertThat(p.actions()).containsExactly(new ProposalAction(BOB, BigInteger.valueOf(5), new byte[] {1, 2, 3}));
        assertThat(p.signatures()).containsExactly("");
        assertThat(p.voteStart()).isEqualTo(BigInteger.valueOf(21));
        assertThat(p.voteEnd()).isEqualTo(BigInteger.valueOf(71));
        assertThat(p.description()).isEqualTo("# Slash model 3\nbecause");
        assertThat(p.meta()).isEqualTo(META);
    }

    @Test
    void readsAVoteWithParamsAsAVote() {
        RawLog raw = log("VoteCastWithParams(address,uint256,uint8,uint256,string,bytes)", List.of(word(BOB)),
                new Uint256(77), new Uint8(1), new Uint256(1000), new Utf8String("why"), new DynamicBytes(new byte[] {9}));

        var v = (GovernorEvent.VoteCast) GovernorEventDecoder.decode(raw).orElseThrow();

        assertThat(v.voter()).isEqualTo(BOB);
        assertThat(v.proposalId()).isEqualTo(BigInteger.valueOf(77));
        assertThat(v.support()).isEqualTo(VoteSupport.FOR);
        assertThat(v.weight()).isEqualTo(BigInteger.valueOf(1000));
        assertThat(v.reason()).isEqualTo("why");
        assertThat(v.params()).containsExactly(9);
    }

    @Test
    void skipsOtherEvents() {
        assertThat(GovernorEventDecoder.decode(log("Transfer(address,address,uint256)", List.of(word(ALICE), word(BOB)), new Uint256(1))))
                .isEmpty();
        assertThat(GovernorEventDecoder.decode(new RawLog(META, List.of(), new byte[0]))).isEmpty();
    }

    @Test
    void aRefusalNamesTheLogAndKeepsItAsAnUnreadableItem() {
        RawLog shortQueue = new RawLog(META, List.of(Hash.sha3("ProposalQueued(uint256,uint256)".getBytes())), new byte[40]);

        assertThatThrownBy(() -> GovernorEventDecoder.decode(shortQueue)).isInstanceOfSatisfying(LogRejectedException.class, e -> {
            assertThat(e.getMessage()).contains("block 20 index 4").contains("Governor");
            assertThat(e.unreadable().meta()).isEqualTo(META);
            assertThat(e.unreadable().sentence()).contains("block 20").contains("log index 4").contains("0x" + "ab".repeat(32))
                    .contains("do not decode");
        });
    }
}
