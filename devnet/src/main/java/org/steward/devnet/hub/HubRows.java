package org.steward.devnet.hub;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.steward.core.eth.Address;
import org.steward.governance.domain.hub.HubSpace;
import org.steward.governance.domain.hub.HubStrategy;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.hub.ProposalState;
import org.steward.governance.domain.snapshot.tally.TallyResult;

/**
 * Spaces, proposals and votes as the maps graphql-java reads fields from, keyed by the schema's
 * field names. Links to other objects ({@code space}, {@code proposal}) are left as ids under
 * {@link #SPACE_ID} / {@link #PROPOSAL_ID} and resolved only when a query selects them.
 */
final class HubRows {

    static final String SPACE_ID = "_spaceId";
    static final String PROPOSAL_ID = "_proposalId";

    private final HubData data;
    private final Clock clock;
    private final Map<String, String> checksummed = new ConcurrentHashMap<>();

    HubRows(HubData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    long now() {
        return clock.instant().getEpochSecond();
    }

    Map<String, Object> space(HubSpace s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", s.id());
        row.put("name", s.name());
        row.put("private", false);
        row.put("about", s.about());
        row.put("network", s.network());
        row.put("symbol", s.symbol());
        row.put("strategies", strategies(s.strategies()));
        row.put("admins", s.admins());
        row.put("moderators", s.moderators());
        row.put("members", s.members());
        Map<String, Object> voting = new LinkedHashMap<>();
        voting.put("type", s.votingType());
        voting.put("quorum", s.quorum());
        voting.put("quorumType", "default");
        voting.put("privacy", s.privacy() == null ? "" : s.privacy());
        voting.put("blind", "shutter".equals(s.privacy()));
        voting.put("hideAbstain", false);
        voting.put("aliased", false);
        row.put("voting", voting);
        row.put("validation", Map.of("name", "basic", "params", Map.of()));
        row.put("voteValidation", Map.of("name", "any", "params", Map.of()));
        List<LoopbackProposal> ofSpace = data.proposals().stream().filter(p -> p.space().equals(s.id())).toList();
        long now = now();
        row.put("activeProposals", (int) ofSpace.stream().filter(p -> state(p, now) == ProposalState.ACTIVE).count());
        row.put("proposalsCount", ofSpace.size());
        row.put("votesCount", ofSpace.stream().mapToInt(p -> data.voteCount(p.id())).sum());
        row.put("followersCount", s.followersCount());
        row.put("verified", s.verified());
        row.put("flagged", s.flagged());
        row.put("flagCode", s.flagCode());
        row.put("hibernated", false);
        row.put("created", s.created());
        return row;
    }

    Map<String, Object> proposal(LoopbackProposal p) {
        HubSpace space = data.space(p.space()).orElseThrow();
        ProposalState state = state(p, now());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", p.id());
        row.put("ipfs", Ids.cid("proposal/" + p.id()));
        row.put("author", p.author());
        row.put("created", p.created());
        row.put("updated", null);
        row.put(SPACE_ID, p.space());
        row.put("network", space.network());
        row.put("symbol", space.symbol());
        row.put("type", p.type().id());
        row.put("strategies", strategies(space.strategies()));
        row.put("validation", Map.of("name", "any", "params", Map.of()));
        row.put("plugins", Map.of());
        row.put("title", p.title());
        row.put("body", p.body());
        row.put("discussion", "");
        row.put("choices", p.choices());
        row.put("labels", List.of());
        row.put("start", p.start());
        row.put("end", p.end());
        row.put("quorum", space.quorum());
        row.put("quorumType", "default");
        row.put("privacy", p.privacy());
        row.put("snapshot", p.snapshot());
        row.put("state", state.id());
        row.put("link", "https://snapshot.box/#/s:" + p.space() + "/proposal/" + p.id());
        row.put("app", "steward");
        putScores(row, p, state);
        row.put("votes", data.voteCount(p.id()));
        row.put("flagged", p.flagged());
        row.put("flagCode", p.flagCode());
        return row;
    }

    Map<String, Object> vote(HubVote v, String spaceId) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", v.id());
        row.put("ipfs", v.ipfs());
        row.put("voter", checksummed.computeIfAbsent(v.voter(), voter -> Address.parse(voter).checksummed()));
        row.put("created", v.created());
        row.put(SPACE_ID, spaceId);
        row.put(PROPOSAL_ID, v.proposal());
        row.put("choice", v.choice());
        row.put("metadata", Map.of());
        row.put("reason", v.reason());
        row.put("app", v.app());
        row.put("vp", v.vp());
        row.put("vp_by_strategy", v.vpByStrategy());
        row.put("vp_state", v.vpState());
        return row;
    }

    static ProposalState state(LoopbackProposal p, long now) {
        return ProposalState.at(now, p.start(), p.end());
    }

    /**
     * Shutter votes are ciphertexts until the proposal closes and the keyper releases the key,
     * which the loopback hub has not: their proposals report zero scores, still pending.
     */
    private void putScores(Map<String, Object> row, LoopbackProposal p, ProposalState state) {
        int options = p.choices().size();
        if (p.shielded()) {
            row.put("scores", list(new double[options]));
            row.put("scores_by_strategy", List.of());
            row.put("scores_state", "pending");
            row.put("scores_total", 0.0);
        } else {
            TallyResult result = data.scores(p.id());
            row.put("scores", list(result.scores()));
            row.put("scores_by_strategy", Arrays.stream(result.scoresByStrategy()).map(HubRows::list).toList());
            row.put("scores_state", state == ProposalState.CLOSED ? "final" : "pending");
            row.put("scores_total", result.scoresTotal());
        }
        row.put("scores_updated", Math.min(now(), p.end()));
    }

    private static List<Map<String, Object>> strategies(List<HubStrategy> strategies) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (HubStrategy s : strategies) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", s.name());
            row.put("network", s.network());
            row.put("params", s.params());
            out.add(row);
        }
        return out;
    }

    private static List<Double> list(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
