package org.steward.core.format;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Moments (unix seconds, as the chain and the hubs give them) in the person's own zone, with how
 * far they are from now: "2026-12-05 14:30 CET (in 3 h)", "2 days ago". The clock and the zone are
 * given, so tests read the same text on every machine.
 */
public final class Timestamps {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter AXIS_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);
    /** Closer than this to now reads "now": block times are only so precise. */
    private static final long NOW_SECONDS = 60;

    private final Clock clock;
    private final ZoneId zone;

    public Timestamps(Clock clock, ZoneId zone) {
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
    }

    /** The machine's clock and zone. */
    public static Timestamps local() {
        return new Timestamps(Clock.systemUTC(), ZoneId.systemDefault());
    }

    public ZoneId zone() {
        return zone;
    }

    /** "2026-12-05 14:30 CET". */
    public String absolute(long epochSeconds) {
        return DATE_TIME.format(Instant.ofEpochSecond(epochSeconds).atZone(zone));
    }

    /** "2026-12-05": for chart axes, where the time of day would crowd the labels. */
    public String date(long epochSeconds) {
        return DATE.format(Instant.ofEpochSecond(epochSeconds).atZone(zone));
    }

    /**
     * A label on a time axis that spans {@code spanSeconds}: the date when the axis covers days
     * ("2026-12-05"), the day and time when it covers hours ("12-05 13:00"), so that neighbouring
     * labels differ.
     */
    public String axisLabel(long epochSeconds, long spanSeconds) {
        return spanSeconds >= 2 * 86_400 ? date(epochSeconds) : AXIS_TIME.format(Instant.ofEpochSecond(epochSeconds).atZone(zone));
    }

    /** "in 3 h", "2 days ago", "now". */
    public String relative(long epochSeconds) {
        long delta = epochSeconds - clock.instant().getEpochSecond();
        if (Math.abs(delta) < NOW_SECONDS) {
            return "now";
        }
        String span = Durations.largest(delta);
        return delta > 0 ? "in " + span : span + " ago";
    }

    /** "2026-12-05 14:30 CET (in 3 h)". */
    public String text(long epochSeconds) {
        return absolute(epochSeconds) + " (" + relative(epochSeconds) + ")";
    }

    /** The text with the exact moment in UTC and the unix seconds the chain holds. */
    public Shown shown(long epochSeconds) {
        return new Shown(text(epochSeconds), Instant.ofEpochSecond(epochSeconds) + " (unix " + epochSeconds + ")");
    }
}
