package org.steward.core.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Spans of time in words: 604800 → "7 days", 90000 → "1 day 1 hour". The two largest units that
 * are not zero are shown (a span of "13 days 23 hours" does not need its minutes); a span that is a
 * whole number of one unit reads exactly.
 */
public final class Durations {

    private static final long[] SECONDS = {365L * 86_400, 86_400, 3_600, 60, 1};
    private static final String[] UNITS = {"year", "day", "hour", "minute", "second"};
    private static final String[] SHORT = {"y", "d", "h", "min", "s"};

    private Durations() {
    }

    /** "7 days", "1 hour 30 minutes", "0 seconds". Negative spans read as their size. */
    public static String words(long seconds) {
        return join(seconds, false);
    }

    /** "7 d", "1 h 30 min": for table cells. */
    public static String brief(long seconds) {
        return join(seconds, true);
    }

    /** "7 days" with "604800 s" as its exact form. */
    public static Shown shown(long seconds) {
        return new Shown(words(seconds), seconds + " s");
    }

    /** The largest unit alone: "3 h", "2 days", "45 min", "20 s"; for relative times. */
    static String largest(long seconds) {
        long s = Math.abs(seconds);
        for (int i = 0; i < SECONDS.length; i++) {
            if (s >= SECONDS[i] || i == SECONDS.length - 1) {
                long n = s / SECONDS[i];
                // Days and longer read in words ("2 days"); shorter spans in the short units ("3 h").
                return i <= 1 ? count(n, UNITS[i]) : n + " " + SHORT[i];
            }
        }
        throw new AssertionError();
    }

    private static String join(long seconds, boolean brief) {
        long s = seconds == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(seconds);
        List<String> parts = new ArrayList<>(2);
        for (int i = 0; i < SECONDS.length && parts.size() < 2; i++) {
            long n = s / SECONDS[i];
            if (n > 0) {
                parts.add(brief ? n + " " + SHORT[i] : count(n, UNITS[i]));
                s -= n * SECONDS[i];
            } else if (!parts.isEmpty()) {
                // "1 day 0 hours 5 minutes" would mislead; stop at the first gap.
                break;
            }
        }
        if (parts.isEmpty()) {
            return brief ? "0 s" : "0 seconds";
        }
        return String.join(" ", parts);
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
