package org.steward.registry.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steward.core.eth.Address;

/**
 * Every metric over time: the events replayed up to evenly spaced moments between the first event
 * and now, each moment computed exactly as the current figures are, so a chart and the table agree.
 */
public final class MetricsHistory {

    private MetricsHistory() {
    }

    /** Metric key to its values at {@code points} moments; a metric without a value at a moment skips it. */
    public static Map<String, List<ModelHistory.Point>> series(List<RegistryEvent> events, Address registry, long now, int points) {
        Map<String, List<ModelHistory.Point>> out = new LinkedHashMap<>();
        if (events.isEmpty() || points < 2) {
            return out;
        }
        long first = events.get(0).meta().blockTime();
        long span = Math.max(1, now - first);
        int next = 0;
        List<RegistryEvent> upTo = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            long t = first + span * i / (points - 1);
            while (next < events.size() && events.get(next).meta().blockTime() <= t) {
                upTo.add(events.get(next++));
            }
            long block = upTo.isEmpty() ? 0 : upTo.get(upTo.size() - 1).meta().block();
            for (Metric m : RegistryMetricsCalculator.compute(upTo, registry, t, block).metrics()) {
                List<ModelHistory.Point> series = out.computeIfAbsent(m.key(), k -> new ArrayList<>());
                if (m.value() != null && !m.value().isNaN() && !m.value().isInfinite()) {
                    series.add(new ModelHistory.Point(t, m.value()));
                }
            }
        }
        return out;
    }
}
