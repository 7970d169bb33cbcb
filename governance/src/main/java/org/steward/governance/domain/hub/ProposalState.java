package org.steward.governance.domain.hub;

import java.util.Locale;
import org.steward.core.UserFacingException;

/** The hub's proposal states, named as its {@code state} field and filter name them. */
public enum ProposalState {
    PENDING, ACTIVE, CLOSED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProposalState fromId(String id) {
        for (ProposalState s : values()) {
            if (s.id().equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new UserFacingException("\"" + id + "\" is not a proposal state; use pending, active or closed.");
    }

    /** The state at {@code now} (Unix seconds), as the hub derives it from start and end. */
    public static ProposalState at(long now, long start, long end) {
        if (now < start) {
            return PENDING;
        }
        return now < end ? ACTIVE : CLOSED;
    }
}
