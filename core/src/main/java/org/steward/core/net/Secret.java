package org.steward.core.net;

import java.util.Objects;

/**
 * An API key. Its {@link #toString()} never shows it, so a profile printed into a log, an error
 * message or a debugger's watch keeps it hidden; only {@link #reveal()} hands it to the HTTP header.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** Empty for a blank string: "no key" is not a key. */
    public static java.util.Optional<Secret> of(String value) {
        return value == null || value.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(new Secret(value.strip()));
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "(hidden key)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }
}
