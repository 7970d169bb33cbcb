package org.steward.governance.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.steward.core.notify.Notice;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.hub.ProposalState;

/**
 * What a space's proposals raise: proposals still open that were created in the last week, and
 * active proposals closing within a day that the voter has not voted on. Flagged proposals raise
 * nothing: the hub hides them for a reason.
 */
public final class SnapshotNotices {

    public static final long RECENT_SECONDS = 7 * 24 * 3600;
    public static final long SOON_SECONDS = 24 * 3600;

    private SnapshotNotices() {
    }

    /** @param voted the ids of proposals the voter has voted on; {@code voterKnown} false means nobody to remind */
    public static List<Notice> of(List<HubProposal> proposals, Set<String> voted, boolean voterKnown, long now) {
        List<Notice> out = new ArrayList<>();
        for (HubProposal p : proposals) {
            if (p.flagged()) {
                continue;
            }
            ProposalState state = ProposalState.at(now, p.start(), p.end());
            Notice.Target target = new Notice.Target(Notice.Area.SNAPSHOT, p.id());
            if (state != ProposalState.CLOSED && now - p.created() <= RECENT_SECONDS) {
                out.add(new Notice("snapshot:new:" + p.id(), Notice.Kind.NEW_PROPOSAL, "New Snapshot proposal", p.title()
                        + (state == ProposalState.PENDING ? " · voting opens " + Notice.in(p.start() - now) : " · voting open"),
                        p.created(), target));
            }
            if (voterKnown && state == ProposalState.ACTIVE && p.end() - now <= SOON_SECONDS && !voted.contains(p.id())) {
                out.add(new Notice("snapshot:ending:" + p.id(), Notice.Kind.VOTE_ENDING, "You have not voted: closes " + Notice.in(p.end() - now),
                        p.title(), Math.max(p.start(), p.end() - SOON_SECONDS), target));
            }
        }
        return out;
    }
}
