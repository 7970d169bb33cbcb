package org.steward.core.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Parts of a whole as percentages: 0.25 → "25 %", 1/3 → "33.3 %", 2500 basis points → "25 %". */
public final class Shares {

    private static final int BPS_PER_WHOLE = 10_000;

    private Shares() {
    }

    /** A fraction of 1 as a percentage with at most one decimal. */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction) || Double.isInfinite(fraction)) {
            return "—";
        }
        return trimmed(BigDecimal.valueOf(fraction).movePointRight(2).setScale(1, RoundingMode.HALF_EVEN)) + " %";
    }

    /** Basis points (hundredths of a percent, as contracts keep shares) as a percentage: 2500 → "25 %", 25 → "0.25 %". */
    public static String bps(long basisPoints) {
        return trimmed(BigDecimal.valueOf(basisPoints).movePointLeft(2)) + " %";
    }

    /** "25 %" with "2500 bps (of 10000)" as its exact form. */
    public static Shown bpsShown(long basisPoints) {
        return new Shown(bps(basisPoints), basisPoints + " bps (of " + BPS_PER_WHOLE + ")");
    }

    private static String trimmed(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
