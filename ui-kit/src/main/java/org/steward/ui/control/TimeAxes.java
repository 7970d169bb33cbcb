package org.steward.ui.control;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;
import org.steward.core.format.Timestamps;

/**
 * A chart's x axis of unix seconds labelled as dates in the local zone ("2026-12-05", or
 * "12-05 13:00" when it spans less than two days), fitted to the points it shows.
 */
public final class TimeAxes {

    private static final int TICKS = 6;

    private TimeAxes() {
    }

    public static NumberAxis create(Timestamps time) {
        NumberAxis axis = new NumberAxis();
        axis.setAutoRanging(false);
        axis.setForceZeroInRange(false);
        axis.setLabel("date (" + time.zone().getId() + ")");
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number seconds) {
                return time.axisLabel(seconds.longValue(), (long) (axis.getUpperBound() - axis.getLowerBound()));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are only shown");
            }
        });
        return axis;
    }

    /** Spans {@code from}..{@code to} (at least an hour, so a single point still has an axis around it). */
    public static void fit(NumberAxis axis, long from, long to) {
        long upper = Math.max(to, from + 3_600);
        axis.setLowerBound(from);
        axis.setUpperBound(upper);
        axis.setTickUnit(Math.max(1, (upper - from) / (double) TICKS));
    }
}
