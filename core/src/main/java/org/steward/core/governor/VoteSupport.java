package org.steward.core.governor;

/** GovernorCountingSimple's vote types, in their on-chain numbering. */
public enum VoteSupport {
    AGAINST("Against"),
    FOR("For"),
    ABSTAIN("Abstain");

    private final String label;

    VoteSupport(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public int code() {
        return ordinal();
    }

    public static VoteSupport of(int code) {
        if (code < 0 || code > 2) {
            throw new IllegalArgumentException("unknown vote type " + code);
        }
        return values()[code];
    }
}
