package org.steward.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void wholeUnitsReadExactly() {
        assertThat(Durations.words(604_800)).isEqualTo("7 days");
        assertThat(Durations.words(86_400)).isEqualTo("1 day");
        assertThat(Durations.words(3_600)).isEqualTo("1 hour");
        assertThat(Durations.words(60)).isEqualTo("1 minute");
        assertThat(Durations.words(0)).isEqualTo("0 seconds");
    }

    @Test
    void theTwoLargestUnitsAreShown() {
        assertThat(Durations.words(90_000)).isEqualTo("1 day 1 hour");
        assertThat(Durations.words(13 * 86_400 + 23 * 3_600 + 59 * 60)).isEqualTo("13 days 23 hours");
        assertThat(Durations.brief(5_400)).isEqualTo("1 h 30 min");
    }

    @Test
    void aGapStopsTheReadingSoNoUnitIsSkippedSilently() {
        // 1 day and 5 minutes: "1 day 5 minutes" would read as if the hours were counted.
        assertThat(Durations.words(86_400 + 300)).isEqualTo("1 day");
    }

    @Test
    void theExactFormIsTheSeconds() {
        assertThat(Durations.shown(604_800).exact()).isEqualTo("604800 s");
    }
}
