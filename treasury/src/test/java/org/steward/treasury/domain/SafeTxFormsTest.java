package org.steward.treasury.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;

class SafeTxFormsTest {

    private static final String BOB = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private static final String TOKEN = "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707";

    @Test
    void etherIsExactToTheWeiAndRefusesAnythingFiner() {
        SafeTx tx = SafeTxForms.payEth(BOB, " 1.000000000000000001 ", BigInteger.TEN);

        assertThat(tx.value()).isEqualTo(new BigInteger("1000000000000000001"));
        assertThat(tx.to()).isEqualTo(Address.parse(BOB));
        assertThat(tx.data()).isEmpty();
        assertThat(tx.nonce()).isEqualTo(BigInteger.TEN);
        assertThatThrownBy(() -> SafeTxForms.payEth(BOB, "0.0000000000000000001", BigInteger.ONE)).isInstanceOf(SafeInputException.class)
                .hasMessage("ETH has 18 decimals: 0.0000000000000000001 has 19 after the point.");
    }

    @Test
    void aTokenTransferIsTheErc20CallToTheTokenWithNoEtherAndTheAmountInWholeTokens() {
        SafeTx tx = SafeTxForms.payToken(TOKEN, BOB, "12.5", 18, BigInteger.ONE);

        assertThat(tx.to()).isEqualTo(Address.parse(TOKEN));
        assertThat(tx.value()).isZero();
        // transfer(address,uint256) = 0xa9059cbb, then Bob and 12.5e18 = 0xad78ebc5ac620000 as 32-byte words
        assertThat(Hex.encode(tx.data())).isEqualTo("0xa9059cbb"
                + "00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8"
                + "000000000000000000000000000000000000000000000000ad78ebc5ac620000");
    }

    @Test
    void tokenAmountsFollowTheTokensDecimals() {
        assertThat(SafeTxForms.smallestUnits("1234.567891", 6, "USDC")).isEqualTo(BigInteger.valueOf(1_234_567_891));
        assertThat(SafeTxForms.smallestUnits("250", 0, "NFT")).isEqualTo(BigInteger.valueOf(250));
        assertThat(SafeTxForms.smallestUnits("0.10", 1, "X")).as("a trailing zero is no extra digit").isEqualTo(BigInteger.ONE);
        assertThat(SafeTxForms.smallestUnits(".5", 2, "X")).isEqualTo(BigInteger.valueOf(50));
        assertThat(SafeTxForms.smallestUnits("7.", 2, "X")).isEqualTo(BigInteger.valueOf(700));
        assertThat(SafeTxForms.smallestUnits("5000000.000000000000000001", 18, "STW")).isEqualTo(new BigInteger("5000000000000000000000001"));
    }

    @Test
    void anAmountFinerThanTheTokenIsRefusedWithASentenceNotRounded() {
        assertThatThrownBy(() -> SafeTxForms.smallestUnits("1.2345678", 6, "USDC")).isInstanceOf(SafeInputException.class)
                .hasMessage("USDC has 6 decimals: 1.2345678 has 7 after the point.");
        assertThatThrownBy(() -> SafeTxForms.payToken(TOKEN, BOB, "0.5", 0, BigInteger.ONE)).isInstanceOf(SafeInputException.class)
                .hasMessage("token has no fractions: type a whole number.");
    }

    @Test
    void onlyPlainDecimalNumbersAreAmounts() {
        for (String bad : new String[] {"-1", "1e3", "1,000", "0x10", "12.5 STW", ".", "1.2.3", "NaN"}) {
            assertThatThrownBy(() -> SafeTxForms.smallestUnits(bad, 18, "STW")).as(bad).isInstanceOf(SafeInputException.class)
                    .hasMessageContaining("is not an amount");
        }
        assertThatThrownBy(() -> SafeTxForms.smallestUnits("  ", 18, "STW")).isInstanceOf(SafeInputException.class)
                .hasMessage("Type an amount in STW, for example 12.5.");
    }

    @Test
    void aContractCallsValueIsInEtherAndEmptyIsZero() {
        assertThat(SafeTxForms.call(BOB, "  ", new byte[] {1}, BigInteger.ONE).value()).isZero();
        assertThat(SafeTxForms.call(BOB, "0.25", new byte[] {1}, BigInteger.ONE).value()).isEqualTo(new BigInteger("250000000000000000"));
    }
}
