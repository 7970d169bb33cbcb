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
    static final String PARENT_ID = "_parentId";
    static final String CHILD_IDS = "_childIds";
    private static final long DAY = 86_400;

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

    /**
     * Every field of the hub's Space, with snapshot-hub's {@code formatSpace} defaults (de4c4ff)
     * for what the demo does not set: empty strings and lists, {@code filters} {minScore 0,
     * onlyMembers false}, {@code boost} {enabled, no bribes}, no delegation portal, no skin.
     * A sub-space is one whose id ends in {@code .}<i>another space's id</i>.
     */
    Map<String, Object> space(HubSpace s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", s.id());
        row.put("name", s.name());
        row.put("private", false);
        row.put("about", s.about());
        row.put("avatar", "");
        row.put("cover", "");
        row.put("terms", "");
        row.put("location", "");
        row.put("website", "");
        row.put("twitter", "");
        row.put("github", "");
        row.put("farcaster", "");
        row.put("coingecko", "");
        row.put("email", "");
        row.put("discussions", "");
        row.put("discourseCategory", null);
        row.put("network", s.network());
        row.put("symbol", s.symbol());
        row.put("skin", "");
        row.put("skinSettings", null);
        row.put("domain", "");
        row.put("strategies", strategies(s.strategies()));
        row.put("admins", s.admins());
        row.put("moderators", s.moderators());
        row.put("members", s.members());
        row.put("filters", Map.of("minScore", 0.0, "onlyMembers", false));
        row.put("plugins", Map.of());
        Map<String, Object> voting = new LinkedHashMap<>();
        voting.put("delay", null);
        voting.put("period", null);
        voting.put("type", s.votingType() == null || s.votingType().isEmpty() ? null : s.votingType());
        voting.put("quorum", s.quorum() == 0 ? null : s.quorum());
        voting.put("quorumType", "default");
        voting.put("privacy", s.privacy() == null ? "" : s.privacy());
        voting.put("blind", "shutter".equals(s.privacy()));
        voting.put("hideAbstain", false);
        voting.put("aliased", false);
        row.put("voting", voting);
        row.put("categories", List.of());
        row.put("validation", Map.of("name", "basic", "params", Map.of()));
        row.put("voteValidation", Map.of("name", "any", "params", Map.of()));
        row.put("delegationPortal", null);
        row.put("treasuries", List.of());
        row.put("labels", List.of());
        List<LoopbackProposal> ofSpace = data.proposals().stream().filter(p -> p.space().equals(s.id())).toList();
        long now = now();
        row.put("activeProposals", (int) ofSpace.stream().filter(p -> state(p, now) == ProposalState.ACTIVE).count());
        row.put("proposalsCount", ofSpace.size());
        row.put("proposalsCount1d", (int) ofSpace.stream().filter(p -> p.created() > now - DAY).count());
        row.put("proposalsCount7d", (int) ofSpace.stream().filter(p -> p.created() > now - 7 * DAY).count());
        row.put("proposalsCount30d", (int) ofSpace.stream().filter(p -> p.created() > now - 30 * DAY).count());
        row.put("followersCount", s.followersCount());
        row.put("followersCount7d", 0);
        row.put("votesCount", ofSpace.stream().mapToInt(p -> data.voteCount(p.id())).sum());
        row.put("votesCount7d", (int) ofSpace.stream().mapToLong(p -> data.votes(p.id()).stream().filter(v -> v.created() > now - 7 * DAY).count()).sum());
        row.put(PARENT_ID, data.spaces().stream().map(HubSpace::id).filter(other -> s.id().endsWith("." + other)).findFirst().orElse(null));
        row.put(CHILD_IDS, data.spaces().stream().map(HubSpace::id).filter(other -> other.endsWith("." + s.id())).toList());
        row.put("guidelines", "");
        row.put("template", "");
        row.put("verified", s.verified());
        row.put("flagged", s.flagged());
        row.put("flagCode", s.flagCode());
        row.put("hibernated", false);
        row.put("turbo", false);
        row.put("turboExpiration", 0);
        row.put("rank", null);
        row.put("boost", Map.of("enabled", true, "bribeEnabled", false));
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
        row.put("scores_total_value", 0.0);
        row.put("vp_value_by_strategy", List.of());
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
        row.put("vp_value", 0.0);
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
