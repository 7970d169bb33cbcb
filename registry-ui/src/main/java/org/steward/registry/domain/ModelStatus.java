package org.steward.registry.domain;

import java.util.Locale;

/** ModelRegistry.Status in declaration order; the ordinal is the uint8 the contract emits and returns. */
public enum ModelStatus {
    NONE, PENDING, ACTIVE, CHALLENGED, EXITING, REMOVED;

    public static ModelStatus of(int code) {
        if (code < 0 || code >= values().length) {
            throw new IllegalArgumentException("unknown model status " + code);
        }
        return values()[code];
    }

    /** The name the CLI's JSON contract uses: "pending", "active", ... */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
