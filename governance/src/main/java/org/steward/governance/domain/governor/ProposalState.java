package org.steward.governance.domain.governor;

/** OpenZeppelin 5's {@code IGovernor.ProposalState}, in its on-chain order. */
public enum ProposalState {
    PENDING("Pending"),
    ACTIVE("Active"),
    CANCELED("Canceled"),
    DEFEATED("Defeated"),
    SUCCEEDED("Succeeded"),
    QUEUED("Queued"),
    EXPIRED("Expired"),
    EXECUTED("Executed");

    private final String label;

    ProposalState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ProposalState of(int onChain) {
        if (onChain < 0 || onChain >= values().length) {
            throw new IllegalArgumentException("the Governor answered an unknown proposal state " + onChain);
        }
        return values()[onChain];
    }

    /** Still open to votes or to a decision. */
    public boolean open() {
        return this == PENDING || this == ACTIVE || this == SUCCEEDED || this == QUEUED;
    }
}
