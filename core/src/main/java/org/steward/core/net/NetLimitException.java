package org.steward.core.net;

import java.io.IOException;

/** A call stopped by Steward's own check of a {@link NetBudget} limit (size, overall deadline). */
public final class NetLimitException extends IOException {

    private final NetBudget.Limit limit;

    public NetLimitException(NetBudget.Limit limit, String message) {
        super(message);
        this.limit = limit;
    }

    public NetBudget.Limit limit() {
        return limit;
    }
}
