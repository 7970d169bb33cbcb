package org.steward.treasury.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.eth.Hex;

class SafeTxFormsTest {

    private static final String BOB = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    @Test
    void etherIsExactToTheWeiAndRefusesAnythingFiner() {
        SafeTx tx = SafeTxForms.payEth(BOB, " 1.000000000000000001 ", BigInteger.TEN);

        assertThat(tx.value()).isEqualTo(new BigInteger("1000000000000000001"));
        assertThat(tx.to()).isEqualTo(Address.parse(BOB));
        assertThat(tx.data()).isEmpty();
        assertThat(tx.nonce()).isEqualTo(BigInteger.TEN);
        assertThatThrownBy(() -> SafeTxForms.payEth(BOB, "0.0000000000000000001", BigInteger.ONE)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void aTokenTransferIsTheErc20CallToTheTokenWithNoEther() {
        String token = "0x5FC8d32690cc91D4c39d9d3abcBD16989F875707";
        SafeTx tx = SafeTxForms.payToken(token, BOB, "250", BigInteger.ONE);

        assertThat(tx.to()).isEqualTo(Address.parse(token));
        assertThat(tx.value()).isZero();
        // transfer(address,uint256) = 0xa9059cbb, then Bob and 250 as 32-byte words
        assertThat(Hex.encode(tx.data())).isEqualTo("0xa9059cbb"
                + "00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8"
                + "00000000000000000000000000000000000000000000000000000000000000fa");
    }

    @Test
    void anEmptyValueIsZero() {
        assertThat(SafeTxForms.call(BOB, "  ", new byte[] {1}, BigInteger.ONE).value()).isZero();
    }
}
