package org.steward.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class StakeConcentrationTest {

    private static List<BigInteger> stakes(long... values) {
        return java.util.Arrays.stream(values).mapToObj(BigInteger::valueOf).toList();
    }

    @Test
    void exactlyHalfIsNotAMajority() {
        assertThat(StakeConcentration.nakamoto(stakes(50, 30, 20))).isEqualTo(2);
        assertThat(StakeConcentration.nakamoto(stakes(51, 49))).isEqualTo(1);
        assertThat(StakeConcentration.nakamoto(stakes(10, 10, 10, 10, 10, 10, 10, 10, 10, 10))).isEqualTo(6);
    }

    @Test
    void hhiIsTheSumOfSquaredPercentShares() {
        assertThat(StakeConcentration.hhi(stakes(50, 30, 20))).isCloseTo(2500 + 900 + 400, within(1e-9));
        assertThat(StakeConcentration.hhi(stakes(7))).isCloseTo(10_000, within(1e-9));
        assertThat(StakeConcentration.hhi(stakes(1, 1, 1, 1))).isCloseTo(4 * 625, within(1e-9));
    }

    @Test
    void providersWithoutStakeDoNotCountAndNoStakeMeansNoValue() {
        assertThat(StakeConcentration.hhi(stakes(60, 40, 0))).isCloseTo(3600 + 1600, within(1e-9));
        assertThat(StakeConcentration.nakamoto(stakes(0, 0))).isNull();
        assertThat(StakeConcentration.hhi(List.of())).isNull();
    }

    @Test
    void weiSizedStakesKeepTheirPrecision() {
        BigInteger big = BigInteger.TEN.pow(30);
        assertThat(StakeConcentration.nakamoto(List.of(big, big, big.add(BigInteger.ONE)))).isEqualTo(2);
        assertThat(StakeConcentration.hhi(List.of(big, big))).isCloseTo(5000, within(1e-9));
    }
}
