package org.steward.treasury.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeVersionTest {

    @ParameterizedTest
    @CsvSource({
        "0.1.0,    false, dataGas, true",
        "1.0.0,    false, baseGas, true",
        "1.1.0,    false, baseGas, false",
        "1.1.1,    false, baseGas, false",
        "1.2.0,    false, baseGas, false",
        "1.3.0,    true,  baseGas, false",
        "1.3.0+L2, true,  baseGas, false",
        "1.4.0,    true,  baseGas, false",
        "1.4.1+L2, true,  baseGas, false",
        "1.5.0,    true,  baseGas, false",
    })
    void rulesFollowTheContractsOfEachRelease(String text, boolean chainId, String gasField, boolean create) {
        SafeVersion v = SafeVersion.parse(text);

        assertThat(v.domainHasChainId()).isEqualTo(chainId);
        assertThat(v.baseGasFieldName()).isEqualTo(gasField);
        assertThat(v.supportsCreate()).isEqualTo(create);
    }

    @Test
    void keepsTheBuildSuffixButHashesByTheCoreVersion() {
        SafeVersion l2 = SafeVersion.parse("1.4.1+L2");

        assertThat(l2.toString()).isEqualTo("1.4.1+L2");
        assertThat(l2.core()).isEqualTo("1.4.1");
        assertThat(l2.compareTo(SafeVersion.parse("1.4.1"))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.6.0", "2.0.0", "0.0.1", "1.3", "latest", ""})
    void refusesVersionsThatWereNeverReleased(String text) {
        assertThatThrownBy(() -> SafeVersion.parse(text)).isInstanceOf(SafeInputException.class).hasMessageContaining("1.5.0");
    }
}
