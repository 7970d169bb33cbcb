package org.steward.registry.domain;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.steward.core.eth.Address;

/**
 * The seed's registry metrics, computed from indexed events alone (see {@link RegistryMetricsCalculator}).
 *
 * @param metrics in display order
 * @param alignmentYieldByModel rewards (wei) per passing validation, for models with a passing validation
 * @param alignmentYieldByProvider the same per provider, over all of a provider's models
 */
public record RegistryMetrics(List<Metric> metrics, Map<BigInteger, Double> alignmentYieldByModel,
        Map<Address, Double> alignmentYieldByProvider) {

    public RegistryMetrics {
        metrics = List.copyOf(metrics);
        alignmentYieldByModel = Map.copyOf(alignmentYieldByModel);
        alignmentYieldByProvider = Map.copyOf(alignmentYieldByProvider);
    }

    /** @throws IllegalArgumentException for a key that is not one of {@link #metrics} */
    public Metric get(String key) {
        return metrics.stream().filter(m -> m.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric " + key));
    }
}
