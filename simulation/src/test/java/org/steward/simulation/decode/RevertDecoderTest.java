package org.steward.simulation.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.eth.Hex;

class RevertDecoderTest {

    private final RevertDecoder decoder = new RevertDecoder(KnownAbi.get(), text -> text.equals("GS026") ? "GS026 (a signature is not from an owner)" : text);

    @Test
    void errorStringGoesThroughTheCallersWords() {
        assertThat(decoder.describe(Hex.encode(AbiCalls.encode(AbiFunction.parse("Error(string)"), List.of("GS026")))))
                .isEqualTo("GS026 (a signature is not from an owner)");
        assertThat(decoder.describe(Hex.encode(AbiCalls.encode(AbiFunction.parse("Error(string)"), List.of("not enough")))))
                .isEqualTo("not enough");
    }

    @Test
    void panicCodesSayWhatHappened() {
        assertThat(decoder.describe(Hex.encode(AbiCalls.encode(AbiFunction.parse("Panic(uint256)"), List.of("17")))))
                .isEqualTo("Panic(0x11): an arithmetic overflow or underflow");
        assertThat(decoder.describe(Hex.encode(AbiCalls.encode(AbiFunction.parse("Panic(uint256)"), List.of("255")))))
                .isEqualTo("Panic(0xff)");
    }

    @Test
    void knownCustomErrorsAreDecodedWithTheirArguments() {
        byte[] data = AbiCalls.encode(AbiFunction.parse("ERC20InsufficientBalance(address,uint256,uint256)"),
                List.of("0x00000000000000000000000000000000000000aa", "5", BigInteger.TEN.pow(20).toString()));
        assertThat(decoder.describe(Hex.encode(data)))
                .isEqualTo("ERC20InsufficientBalance(sender=" + org.steward.core.eth.Address.parse("0x00000000000000000000000000000000000000aa").checksummed()
                        + ", balance=5, needed=100000000000000000000)");
        byte[] timelock = AbiCalls.encode(AbiFunction.parse("TimelockUnexpectedOperationState(bytes32,bytes32)"),
                List.of("0x" + "11".repeat(32), "0x" + "00".repeat(31) + "04"));
        assertThat(decoder.describe(Hex.encode(timelock))).startsWith("TimelockUnexpectedOperationState(operationId=0x1111");
    }

    @Test
    void unknownAndEmptyRevertsStayHonest() {
        assertThat(decoder.describe("0x")).isEqualTo("reverted without a reason");
        assertThat(decoder.describe(null)).isEqualTo("reverted without a reason");
        assertThat(decoder.describe("0xdeadbeef0102")).isEqualTo("custom error 0xdeadbeef with data 0x0102");
        assertThat(decoder.describe("0x08c379a0ffff")).startsWith("undecodable revert data");
    }
}
