package org.steward.governance.service;

import java.time.Duration;

/**
 * How long to wait after the hub says 429 (rate limited) or 503 (maintenance): the server's
 * Retry-After when it gives one, else doubling from {@code firstDelay} up to {@code maxDelay}.
 * {@code pause} does the waiting, so tests can record the delays instead of sleeping through them.
 */
public record RetryPolicy(int maxRetries, Duration firstDelay, Duration maxDelay, Pause pause) {

    /** Waits; the only implementation outside tests is {@link Thread#sleep}. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration delay) throws InterruptedException;
    }

    /** Five retries from 2 s: the hub's rate window is a minute, so the last wait reaches it. */
    public static RetryPolicy standard() {
        return new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(60), d -> Thread.sleep(d.toMillis()));
    }

    Duration delay(int retry, Long retryAfterSeconds) {
        if (retryAfterSeconds != null && retryAfterSeconds >= 0) {
            return Duration.ofSeconds(Math.min(retryAfterSeconds, maxDelay.toSeconds()));
        }
        long millis = firstDelay.toMillis() << Math.min(retry, 20);
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }
}
