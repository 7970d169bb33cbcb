package org.steward.core.governor;

import java.math.BigInteger;
import java.util.List;
import org.steward.core.chain.logs.EventMeta;
import org.steward.core.eth.Address;

/** The Governor's events that make up a proposal's history (OpenZeppelin 5 {@code IGovernor}). */
public sealed interface GovernorEvent {

    EventMeta meta();

    BigInteger proposalId();

    record Created(EventMeta meta, BigInteger proposalId, Address proposer, List<ProposalAction> actions, List<String> signatures,
                   BigInteger voteStart, BigInteger voteEnd, String description) implements GovernorEvent {

        public Created {
            actions = List.copyOf(actions);
            signatures = List.copyOf(signatures);
        }
    }

    /** VoteCast, or VoteCastWithParams ({@code params} empty for the former). */
    record VoteCast(EventMeta meta, BigInteger proposalId, Address voter, VoteSupport support, BigInteger weight, String reason,
                    byte[] params) implements GovernorEvent {
    }

    record Queued(EventMeta meta, BigInteger proposalId, long etaSeconds) implements GovernorEvent {
    }

    record Executed(EventMeta meta, BigInteger proposalId) implements GovernorEvent {
    }

    record Canceled(EventMeta meta, BigInteger proposalId) implements GovernorEvent {
    }
}
