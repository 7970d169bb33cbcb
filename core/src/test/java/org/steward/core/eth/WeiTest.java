package org.steward.core.eth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class WeiTest {

    @Test
    void etherStringsAreExactBothWays() {
        assertThat(Wei.ofEther("1.5").value()).isEqualTo(new BigInteger("1500000000000000000"));
        assertThat(Wei.of(1).toEtherString()).isEqualTo("0.000000000000000001");
        assertThat(Wei.ofEther("1000").toEtherString()).isEqualTo("1000");
        assertThat(Wei.ZERO.toEtherString()).isEqualTo("0");
    }

    @Test
    void subWeiPrecisionAndNegativesAreRefused() {
        assertThatThrownBy(() -> Wei.ofEther("0.0000000000000000001")).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Wei.of(-1)).hasMessageContaining("cannot be negative");
    }

    @Test
    void hexIsStrict() {
        assertThat(Hex.encode(Hex.decode("0xA0b1"))).isEqualTo("0xa0b1");
        assertThatThrownBy(() -> Hex.decode("0xabc")).hasMessageContaining("even number");
        assertThatThrownBy(() -> Hex.decode("0xzz")).hasMessageContaining("not hex");
        assertThatThrownBy(() -> Hash32.of(new byte[31])).hasMessageContaining("32 bytes");
    }
}
