package org.steward.governance.service.governor;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.steward.core.governor.GovernorEvent;
import org.steward.core.notify.Notice;
import org.steward.governance.domain.governor.ProposalState;
import org.steward.governance.domain.governor.ProposalStatus;
import org.steward.governance.domain.governor.ProposalTitle;

/**
 * What a Governor's proposals raise: pending or active proposals (new), and active ones whose
 * deadline is within a day that the account has not voted on. The deadline is in the Governor's
 * clock: seconds, or blocks for a block-number clock, where a day is counted in 12-second blocks.
 */
public final class GovernorNotices {

    private static final long DAY_SECONDS = 24 * 3600;
    private static final long SECONDS_PER_BLOCK = 12;

    /** A proposal as the rules need it. */
    public record Live(GovernorEvent.Created created, ProposalStatus status) {
    }

    private GovernorNotices() {
    }

    /** @param hasVoted asked only for active proposals closing soon; null when no account is known */
    public static List<Notice> of(List<Live> proposals, boolean timestampClock, Predicate<BigInteger> hasVoted) {
        long soon = timestampClock ? DAY_SECONDS : DAY_SECONDS / SECONDS_PER_BLOCK;
        List<Notice> out = new ArrayList<>();
        for (Live p : proposals) {
            ProposalState state = p.status().state();
            String id = p.created().proposalId().toString();
            String title = ProposalTitle.of(p.created().description());
            Notice.Target target = new Notice.Target(Notice.Area.GOVERNOR, id);
            long createdAt = p.created().meta().blockTime();
            if (state == ProposalState.PENDING || state == ProposalState.ACTIVE) {
                out.add(new Notice("governor:new:" + id, Notice.Kind.NEW_PROPOSAL, "New Governor proposal", title, createdAt, target));
            }
            long left = p.status().deadline() - p.status().clock();
            if (state == ProposalState.ACTIVE && left <= soon && hasVoted != null && !hasVoted.test(p.created().proposalId())) {
                long seconds = timestampClock ? left : left * SECONDS_PER_BLOCK;
                out.add(new Notice("governor:ending:" + id, Notice.Kind.VOTE_ENDING, "You have not voted: closes " + Notice.in(seconds)
                        + (timestampClock ? "" : " (" + left + " blocks)"), title, createdAt + 1, target));
            }
        }
        return out;
    }
}
