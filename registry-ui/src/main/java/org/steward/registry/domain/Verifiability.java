package org.steward.registry.domain;

import java.time.Duration;

/**
 * What "verifiable" means in Steward: a validation passes when its response is at least
 * {@value #PASS_THRESHOLD} (of 100, as ERC-8004 validation responses), and the verifiability
 * ratio is passing validations ÷ validation requests recorded in the last {@link #WINDOW}.
 */
public final class Verifiability {

    public static final int PASS_THRESHOLD = 50;
    public static final Duration WINDOW = Duration.ofDays(30);
    public static final String DEFINITION = "Passing validations ÷ validations recorded in the last 30 days; a validation passes when "
            + "its response is at least " + PASS_THRESHOLD + " of 100.";

    private Verifiability() {
    }

    public static boolean passes(int response) {
        return response >= PASS_THRESHOLD;
    }

    /** Whether a validation at {@code time} counts for a ratio computed at {@code now} (unix seconds). */
    public static boolean inWindow(long time, long now) {
        return time > now - WINDOW.toSeconds() && time <= now;
    }
}
