package org.steward.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Wei;

class AmountsTest {

    private static final BigInteger ONE_STW = BigInteger.TEN.pow(18);

    @Test
    void tokenAmountsAreGroupedWithTheirSymbol() {
        assertThat(Amounts.text(ONE_STW.multiply(BigInteger.valueOf(5_000_000)), 18, "STW")).isEqualTo("5,000,000 STW");
        assertThat(Amounts.text(new BigInteger("1234567800"), 6, "USDC")).isEqualTo("1,234.5678 USDC");
        assertThat(Amounts.text(BigInteger.ZERO, 18, "STW")).isEqualTo("0 STW");
        assertThat(Amounts.text(BigInteger.valueOf(42), 0, "")).isEqualTo("42");
    }

    @Test
    void decimalsAreCutNeverRoundedUp() {
        // 1.99999 shown as "2" would claim a balance the holder does not have.
        assertThat(Amounts.text(new BigInteger("1999990000000000000"), 18, "STW")).isEqualTo("1.9999 STW");
    }

    @Test
    void dustReadsAsLessThanTheSmallestShownAmountNotAsZero() {
        assertThat(Amounts.text(BigInteger.ONE, 18, "STW")).isEqualTo("< 0.0001 STW");
    }

    @Test
    void theExactFormKeepsEveryDecimalAndTheStoredInteger() {
        BigInteger raw = ONE_STW.multiply(BigInteger.valueOf(5_000_000)).add(BigInteger.ONE);
        Shown s = Amounts.shown(raw, 18, "STW");
        assertThat(s.text()).isEqualTo("5,000,000 STW");
        assertThat(s.exact()).isEqualTo("5,000,000.000000000000000001 STW (5000000000000000000000001 with 18 decimals)");
    }

    @Test
    void etherIsGroupedAndItsExactFormIsInWei() {
        assertThat(Amounts.ether(Wei.ofEther("12345.5"))).isEqualTo("12,345.5 ETH");
        Shown s = Amounts.etherShown(Wei.ofEther("0.5"));
        assertThat(s.text()).isEqualTo("0.5 ETH");
        assertThat(s.exact()).isEqualTo("0.5 ETH (500000000000000000 wei)");
    }
}
