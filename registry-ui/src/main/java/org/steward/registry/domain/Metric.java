package org.steward.registry.domain;

/**
 * One registry metric with the sentence that defines it, shown next to the number.
 *
 * @param key stable camelCase name (the CLI's JSON key)
 * @param value null when there is nothing to measure yet (no challenge, no proposal, no stake)
 */
public record Metric(String key, Double value, String definition) {
}
