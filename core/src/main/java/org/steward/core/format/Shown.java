package org.steward.core.format;

import java.util.Objects;

/**
 * A value as a person reads it ({@code text}: "5,000,000 STW", "7 days") and as the chain or the
 * file holds it ({@code exact}: "5000000000000000000000000 (18 decimals)", "604800 s"). Screens show
 * the text and keep the exact value one hover or copy away; {@code --json} output prints neither,
 * only the raw value.
 */
public record Shown(String text, String exact) {

    public Shown {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(exact, "exact");
    }

    /** A value that reads the same both ways (a name, a count). */
    public static Shown plain(String text) {
        return new Shown(text, text);
    }

    @Override
    public String toString() {
        return text;
    }
}
