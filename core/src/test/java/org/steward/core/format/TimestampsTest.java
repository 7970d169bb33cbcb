package org.steward.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private final Timestamps berlin = new Timestamps(Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Europe/Berlin"));

    @Test
    void momentsReadInTheLocalZone() {
        assertThat(berlin.absolute(NOW.getEpochSecond())).isEqualTo("2026-12-05 13:00 CET");
        assertThat(berlin.date(NOW.getEpochSecond())).isEqualTo("2026-12-05");
    }

    @Test
    void axisLabelsShowTheTimeOfDayOnlyWhenTheAxisSpansLessThanTwoDays() {
        long t = NOW.getEpochSecond();
        assertThat(berlin.axisLabel(t, 30 * 86_400)).isEqualTo("2026-12-05");
        assertThat(berlin.axisLabel(t, 6 * 3_600)).isEqualTo("12-05 13:00");
    }

    @Test
    void relativeTimeSaysHowFarFromNowInItsLargestUnit() {
        long now = NOW.getEpochSecond();
        assertThat(berlin.relative(now + 3 * 3_600 + 1_200)).isEqualTo("in 3 h");
        assertThat(berlin.relative(now - 2 * 86_400 - 500)).isEqualTo("2 days ago");
        assertThat(berlin.relative(now - 45 * 60)).isEqualTo("45 min ago");
        assertThat(berlin.relative(now + 20)).isEqualTo("now");
    }

    @Test
    void theTextJoinsBothAndTheExactFormIsUtcAndUnixSeconds() {
        long t = NOW.getEpochSecond() + 86_400;
        Shown s = berlin.shown(t);
        assertThat(s.text()).isEqualTo("2026-12-06 13:00 CET (in 1 day)");
        assertThat(s.exact()).isEqualTo("2026-12-06T12:00:00Z (unix " + t + ")");
    }
}
