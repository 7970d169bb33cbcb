package org.steward.governance.domain.governor;

import java.math.BigInteger;
import java.util.OptionalLong;
import org.steward.core.governor.VoteSupport;

/**
 * A proposal as the Governor reports it now. {@code quorum} is read at the snapshot, or at the
 * latest past timepoint while the snapshot is still ahead (then {@code quorumFinal} is false).
 * Snapshot, deadline and clock are in the Governor's clock unit (blocks or seconds).
 */
public record ProposalStatus(BigInteger proposalId, ProposalState state, BigInteger forVotes, BigInteger againstVotes,
                             BigInteger abstainVotes, BigInteger quorum, boolean quorumFinal, long snapshot, long deadline, long clock,
                             OptionalLong etaSeconds) {

    /** GovernorCountingSimple counts For and Abstain towards quorum. */
    public BigInteger quorumVotes() {
        return forVotes.add(abstainVotes);
    }

    public BigInteger totalVotes() {
        return forVotes.add(againstVotes).add(abstainVotes);
    }

    public boolean quorumReached() {
        return quorumVotes().compareTo(quorum) >= 0;
    }

    /** Share of the quorum reached, 0..1 (capped), for a progress bar. */
    public double quorumProgress() {
        if (quorum.signum() == 0) {
            return 1.0;
        }
        return Math.min(1.0, quorumVotes().doubleValue() / quorum.doubleValue());
    }

    public double share(VoteSupport support) {
        BigInteger total = totalVotes();
        if (total.signum() == 0) {
            return 0;
        }
        BigInteger v = switch (support) {
            case FOR -> forVotes;
            case AGAINST -> againstVotes;
            case ABSTAIN -> abstainVotes;
        };
        return v.doubleValue() / total.doubleValue();
    }
}
