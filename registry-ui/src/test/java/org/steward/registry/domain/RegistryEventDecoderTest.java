package org.steward.registry.domain;

import org.steward.core.chain.logs.RawLog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.registry.domain.TestLogs.log;
import static org.steward.registry.domain.TestLogs.meta;
import static org.steward.registry.domain.TestLogs.word;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hash32;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Hash;

/** Logs laid out by web3j's ABI encoder (an independent implementation) decode to the fields that went in. */
class RegistryEventDecoderTest {

    private static final Address ALICE = Address.parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    private static final Address BOB = Address.parse("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");

    @Test
    void theTopicIsKeccakOfTheCanonicalSignature() {
        // ERC-20 Transfer's topic0, as every block explorer shows it.
        assertThat(RegistryEventDecoder.topic("Transfer(address,address,uint256)").hex())
                .isEqualTo("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
    }

    /**
     * The first topics public indexers filter Governor and AccessControl logs by (Commonwealth's
     * EVM event sources for Compound-Bravo/OZ governors, Unlock's subgraph, Etherscan's topic0 API):
     * the Governor and OpenZeppelin events this client reads must hash to exactly these.
     */
    @Test
    void governorAndAccessControlTopicsAreThePublishedOnes() {
        assertThat(RegistryEventDecoder.topics()).extracting(Hash32::hex).contains(
                "0x7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e0",
                "0xb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4",
                "0x9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892",
                "0x712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f",
                "0x789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c",
                "0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d",
                "0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b");
    }

    @Test
    void decodesIndexedAndDataFieldsOfAModelRegistration() {
        byte[] weights = Hash.sha3("weights".getBytes());
        RawLog raw = log(meta(7, 2, 1_700_000_000), "ModelRegistered(uint256,address,bytes32,uint256,uint256)",
                List.of(word(3), word(ALICE), weights), new Uint256(BigInteger.TEN.pow(20)), new Uint256(5));

        RegistryEvent e = RegistryEventDecoder.decode(raw).orElseThrow();

        assertThat(e).isEqualTo(new RegistryEvent.ModelRegistered(raw.meta(), BigInteger.valueOf(3), ALICE, Hash32.of(weights),
                BigInteger.TEN.pow(20), BigInteger.valueOf(5)));
    }

    @Test
    void decodesTheUriAfterTheStaticHeadOfAValidation() {
        byte[] request = Hash.sha3("request".getBytes());
        RawLog raw = log(meta(9, 0, 1), "ValidationRecorded(uint256,address,bytes32,uint8,string)",
                List.of(word(1), word(BOB), request), new Uint8(87), new Utf8String("ipfs://report-ü"));

        var v = (RegistryEvent.ValidationRecorded) RegistryEventDecoder.decode(raw).orElseThrow();

        assertThat(v.response()).isEqualTo(87);
        assertThat(v.uri()).isEqualTo("ipfs://report-ü");
        assertThat(v.requestHash()).isEqualTo(Hash32.of(request));
    }

    @Test
    void takesTheVoteWindowOfAProposalAndLeavesItsTextOnChain() {
        RawLog raw = log(meta(20, 1, 1), "ProposalCreated(uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string)",
                List.of(), new Uint256(new BigInteger("123456789012345678901234567890")), new org.web3j.abi.datatypes.Address(ALICE.lowerHex()),
                new DynamicArray<>(org.web3j.abi.datatypes.Address.class, new org.web3j.abi.datatypes.Address(BOB.lowerHex())),
                new DynamicArray<>(Uint256.class, new Uint256(0)),
                new DynamicArray<>(Utf8String.class, new Utf8String("")),
                new DynamicArray<>(DynamicBytes.class, new DynamicBytes(new byte[] {1, 2, 3})),
                new Uint256(21), new Uint256(71), new Utf8String("<b>slash model 3</b>"));

        var p = (RegistryEvent.ProposalCreated) RegistryEventDecoder.decode(raw).orElseThrow();

        assertThat(p.proposalId()).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(p.proposer()).isEqualTo(ALICE);
        assertThat(p.voteStart()).isEqualTo(BigInteger.valueOf(21));
        assertThat(p.voteEnd()).isEqualTo(BigInteger.valueOf(71));
    }

    @Test
    void readsAVoteWithParamsAsAVote() {
        RawLog raw = log(meta(30, 0, 1), "VoteCastWithParams(address,uint256,uint8,uint256,string,bytes)", List.of(word(BOB)),
                new Uint256(77), new Uint8(1), new Uint256(1000), new Utf8String("why"), new DynamicBytes(new byte[] {9}));

        assertThat(RegistryEventDecoder.decode(raw)).contains(
                new RegistryEvent.VoteCast(raw.meta(), BOB, BigInteger.valueOf(77), 1, BigInteger.valueOf(1000)));
    }

    @Test
    void decodesChallengeResolutionAndSlash() {
        RawLog resolved = log(meta(40, 3, 1), "ChallengeResolved(uint256,uint256,bool,uint256,uint256)", List.of(word(2), word(5)),
                new Bool(true), new Uint256(2500), new Uint256(999));
        RawLog slashed = log(meta(40, 2, 1), "Slashed(uint256,uint256,uint256,uint256,uint256,address)", List.of(word(5)),
                new Uint256(500), new Uint256(300), new Uint256(199), new Uint256(100), new org.web3j.abi.datatypes.Address(BOB.lowerHex()));
        RawLog opened = log(meta(39, 0, 1), "ChallengeOpened(uint256,uint256,address,uint256,uint64)", List.of(word(2), word(5), word(ALICE)),
                new Uint256(10), new Uint64(1_800_000_000L));

        assertThat(RegistryEventDecoder.decode(resolved)).contains(new RegistryEvent.ChallengeResolved(resolved.meta(), BigInteger.TWO,
                BigInteger.valueOf(5), true, BigInteger.valueOf(2500), BigInteger.valueOf(999)));
        var s = (RegistryEvent.Slashed) RegistryEventDecoder.decode(slashed).orElseThrow();
        assertThat(s.total()).isEqualTo(BigInteger.valueOf(999));
        assertThat(s.recipient()).isEqualTo(BOB);
        assertThat(((RegistryEvent.ChallengeOpened) RegistryEventDecoder.decode(opened).orElseThrow()).deadline()).isEqualTo(1_800_000_000L);
    }

    @Test
    void skipsEventsItDoesNotKnow() {
        RawLog approval = log(meta(1, 0, 1), "Approval(address,address,uint256)", List.of(word(ALICE), word(BOB)), new Uint256(1));
        assertThat(RegistryEventDecoder.decode(approval)).isEmpty();
    }

    @Test
    void refusesAKnownEventWhoseBodyIsShort() {
        RawLog truncated = log(meta(1, 0, 1), "StakeAdded(uint256,address,uint256)", List.of(word(1)));
        assertThatThrownBy(() -> RegistryEventDecoder.decode(truncated)).isInstanceOf(MalformedLogException.class)
                .hasMessageContaining("topic 2 is missing");
    }

    @Test
    void refusesAStatusOutsideTheEnum() {
        RawLog bad = log(meta(1, 0, 1), "StatusChanged(uint256,uint8,uint8)", List.of(word(1)), new Uint8(1), new Uint8(9));
        assertThatThrownBy(() -> RegistryEventDecoder.decode(bad)).isInstanceOf(MalformedLogException.class);
    }
}
