package org.steward.governance.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.steward.core.notify.Notice;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.hub.ProposalState;

class SnapshotNoticesTest {

    private static final long NOW = 1_800_000_000L;
    private static final long HOUR = 3600;

    private static HubProposal proposal(String id, long created, long start, long end, boolean flagged) {
        return new HubProposal(id, "", "stewarddao.eth", "0x0000000000000000000000000000000000000001", created, "1", "STW", "basic",
                List.of(), "Proposal " + id, "", "", List.of("For", "Against", "Abstain"), start, end, 0, "", null,
                ProposalState.at(NOW, start, end), "", "", List.of(), List.of(), "pending", 0, 0, flagged, flagged ? 1 : 0);
    }

    @Test
    void newOpenProposalsAndUnvotedOnesClosingWithinADay() {
        List<HubProposal> proposals = List.of(
                proposal("closing", NOW - 5 * 24 * HOUR, NOW - 4 * 24 * HOUR, NOW + 3 * HOUR, false),
                proposal("voted", NOW - 2 * 24 * HOUR, NOW - 24 * HOUR, NOW + 2 * HOUR, false),
                proposal("later", NOW - 24 * HOUR, NOW - HOUR, NOW + 3 * 24 * HOUR, false),
                proposal("pending", NOW - HOUR, NOW + 2 * HOUR, NOW + 5 * 24 * HOUR, false),
                proposal("old", NOW - 30 * 24 * HOUR, NOW - 29 * 24 * HOUR, NOW + 10 * HOUR, false),
                proposal("closed", NOW - 3 * 24 * HOUR, NOW - 2 * 24 * HOUR, NOW - HOUR, false),
                proposal("spam", NOW - HOUR, NOW - HOUR, NOW + HOUR, true));
        List<Notice> notices = SnapshotNotices.of(proposals, Set.of("voted"), true, NOW);
        assertThat(notices).extracting(Notice::key).containsExactlyInAnyOrder(
                "snapshot:new:closing", "snapshot:ending:closing", "snapshot:new:voted", "snapshot:new:later", "snapshot:new:pending",
                "snapshot:ending:old");
        Notice ending = notices.stream().filter(n -> n.key().equals("snapshot:ending:closing")).findFirst().orElseThrow();
        assertThat(ending.title()).isEqualTo("You have not voted: closes in 3 h");
        assertThat(ending.target()).isEqualTo(new Notice.Target(Notice.Area.SNAPSHOT, "closing"));
        assertThat(notices.stream().filter(n -> n.key().equals("snapshot:new:pending")).findFirst().orElseThrow().detail())
                .isEqualTo("Proposal pending · voting opens in 2 h");

        assertThat(SnapshotNotices.of(proposals, Set.of(), false, NOW)).extracting(Notice::kind)
                .as("with no voter known nobody is reminded to vote").containsOnly(Notice.Kind.NEW_PROPOSAL);
    }
}
