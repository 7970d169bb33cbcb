package org.steward.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.steward.core.eth.Address;
import org.steward.core.format.Shown;
import org.steward.core.token.TokenInfo;

class ParameterUnitsTest {

    private static final TokenInfo STW = TokenInfo.fromContract(Address.parse("0x5FC8d32690cc91D4c39d9d3abcBD16989F875707"),
            "Steward", "STW", BigInteger.valueOf(18));

    @Test
    void everyParameterHasAUnitAndAName() {
        for (String name : RegistryParams.NAMES) {
            assertThat(ParameterUnits.unit(name)).as(name).isNotNull();
            assertThat(ParameterUnits.title(name)).as(name).isNotEqualTo(name);
        }
        assertThatThrownBy(() -> ParameterUnits.unit("minstake")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachParameterReadsInItsUnitWithTheStoredIntegerAsItsExactForm() {
        Shown minStake = ParameterUnits.shown("minStake", new BigInteger("1000000000000000000000"), STW);
        assertThat(minStake.text()).isEqualTo("1,000 STW");
        assertThat(minStake.exact()).startsWith("minStake = 1000000000000000000000");
        assertThat(ParameterUnits.shown("unbondingPeriod", BigInteger.valueOf(604_800), STW).text()).isEqualTo("7 days");
        assertThat(ParameterUnits.shown("maxSlashBps", BigInteger.valueOf(5_000), STW).text()).isEqualTo("50 %");
        assertThat(ParameterUnits.shown("treasury", new BigInteger("f39Fd6e51aad88F6F4ce6aB8827279cffFb92266", 16), STW).text())
                .isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        assertThat(ParameterUnits.line("challengeBond", new BigInteger("200000000000000000000"), STW).text())
                .isEqualTo("Challenge bond (challengeBond): 200 STW");
    }

    @Test
    void aPeriodTooLargeForSecondsStillReads() {
        // A hostile or mistaken proposal may set any uint256.
        assertThat(ParameterUnits.shown("challengeTimeout", BigInteger.TWO.pow(200), STW).text()).endsWith(" s");
    }
}
