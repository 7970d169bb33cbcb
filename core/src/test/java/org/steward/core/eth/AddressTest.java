package org.steward.core.eth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressTest {

    /** The test vectors of EIP-55 itself (all caps, all lower, mixed). */
    @ParameterizedTest
    @ValueSource(strings = {
        "0x52908400098527886E0F7030069857D2E4169EE7", "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
        "0xde709f2102306220921060314715629080e2fb77", "0x27b1fdb04752bbc536007a920d24acb045561c26",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"})
    void checksumsOfTheEip55VectorsRoundTrip(String eip55) {
        Address a = Address.parse(eip55);
        boolean uniformCase = eip55.substring(2).equals(eip55.substring(2).toLowerCase()) || eip55.substring(2).equals(eip55.substring(2).toUpperCase());
        if (!uniformCase) {
            assertThat(a.checksummed()).isEqualTo(eip55);
        }
        assertThat(Address.parse(a.checksummed())).isEqualTo(a);
        assertThat(a.lowerHex()).isEqualTo(eip55.toLowerCase());
    }

    @Test
    void aMistypedMixedCaseAddressIsRefused() {
        assertThatThrownBy(() -> Address.parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wrong EIP-55 checksum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0x", "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe", "0xZZAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"})
    void malformedInputSaysWhatAnAddressLooksLike(String text) {
        assertThatThrownBy(() -> Address.parse(text)).hasMessageContaining("expected 0x followed by 40 hex digits");
    }

    @Test
    void sortsByNumericValueAsSafeSignaturesRequire() {
        Address low = Address.parse("0x0000000000000000000000000000000000000001");
        Address high = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        assertThat(low).isLessThan(high);
        assertThat(high.shortForm()).isEqualTo("0xf39F…2266");
    }
}
