package org.steward.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void fractionsReadAsPercentagesWithAtMostOneDecimal() {
        assertThat(Shares.percent(0.25)).isEqualTo("25 %");
        assertThat(Shares.percent(1.0 / 3)).isEqualTo("33.3 %");
        assertThat(Shares.percent(0)).isEqualTo("0 %");
        assertThat(Shares.percent(Double.NaN)).isEqualTo("—");
    }

    @Test
    void basisPointsReadAsPercentages() {
        assertThat(Shares.bps(2_500)).isEqualTo("25 %");
        assertThat(Shares.bps(25)).isEqualTo("0.25 %");
        assertThat(Shares.bpsShown(5_000).exact()).isEqualTo("5000 bps (of 10000)");
    }
}
