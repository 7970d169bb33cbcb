package org.steward.governance.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.steward.core.UserFacingException;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.hub.HubSpace;
import org.steward.governance.domain.hub.HubStrategy;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.hub.HubVotingPower;
import org.steward.governance.domain.hub.ProposalState;

/**
 * Reads the hub's GraphQL answers into records. The hub is a stranger: a field that Steward needs
 * and that is missing or of the wrong kind ends the read with one sentence naming the field.
 */
final class HubJson {

    private final String hub;

    HubJson(String hub) {
        this.hub = hub;
    }

    HubSpace space(JsonNode s) {
        JsonNode voting = s.path("voting");
        return new HubSpace(text(s, "id", "space"), optText(s, "name"), optText(s, "about"), optText(s, "network"),
                optText(s, "symbol"), strategies(s.path("strategies")), names(s.path("admins")), names(s.path("moderators")),
                names(s.path("members")), optText(voting, "type"), optText(voting, "privacy"), voting.path("quorum").asDouble(0),
                s.path("proposalsCount").asInt(0), s.path("followersCount").asInt(0), s.path("votesCount").asInt(0),
                s.path("verified").asBoolean(false), s.path("flagged").asBoolean(false), s.path("flagCode").asInt(0),
                integer(s, "created", "space"));
    }

    HubProposal proposal(JsonNode p) {
        String id = text(p, "id", "proposal");
        String what = "proposal " + id;
        return new HubProposal(id, optText(p, "ipfs"), optText(p.path("space"), "id"), text(p, "author", what),
                integer(p, "created", what), optText(p, "network"), optText(p, "symbol"), optText(p, "type"),
                strategies(p.path("strategies")), text(p, "title", what), optText(p, "body"), optText(p, "discussion"),
                choices(require(p, "choices", what, JsonNode::isArray), what), integer(p, "start", what), integer(p, "end", what),
                p.path("quorum").asDouble(0), optText(p, "privacy"),
                p.path("snapshot").canConvertToLong() ? p.path("snapshot").asLong() : null, state(p, what),
                optText(p, "link"), optText(p, "app"), numbers(p.path("scores"), what + " scores"),
                byStrategy(p.path("scores_by_strategy"), what), optText(p, "scores_state"), p.path("scores_total").asDouble(0),
                p.path("votes").asInt(0), p.path("flagged").asBoolean(false), p.path("flagCode").asInt(0));
    }

    HubVote vote(JsonNode v, String proposalId) {
        String id = text(v, "id", "vote");
        String what = "vote " + id;
        JsonNode choice = v.has("choice") ? v.get("choice") : null;
        if (choice == null || choice instanceof NullNode) {
            throw malformed(what + " without a choice");
        }
        return new HubVote(id, optText(v, "ipfs"), text(v, "voter", what), integer(v, "created", what), proposalId,
                choice, optText(v, "reason"), optText(v, "app"), v.path("vp").asDouble(0),
                numbers(v.path("vp_by_strategy"), what + " vp_by_strategy"), optText(v, "vp_state"));
    }

    HubVotingPower votingPower(JsonNode vp) {
        if (!vp.isObject()) {
            throw malformed("no voting power object");
        }
        return new HubVotingPower(vp.path("vp").asDouble(0), numbers(vp.path("vp_by_strategy"), "vp_by_strategy"),
                optText(vp, "vp_state"));
    }

    Malformed malformed(String what) {
        return new Malformed(hub, what);
    }

    /** A hub answer that does not fit Snapshot's schema, with the part that does not fit on its own for a list's bad item. */
    static final class Malformed extends UserFacingException {

        private final String what;

        Malformed(String hub, String what) {
            super("The Snapshot hub at " + hub + " sent a malformed answer (" + what
                    + "): check that the hub URL points at a Snapshot hub, or try again later.");
            this.what = what;
        }

        String what() {
            return what;
        }
    }

    private ProposalState state(JsonNode p, String what) {
        String state = text(p, "state", what);
        try {
            return ProposalState.fromId(state);
        } catch (UserFacingException unknown) {
            throw malformed(what + " in the unknown state \"" + state + "\"");
        }
    }

    private List<HubStrategy> strategies(JsonNode list) {
        List<HubStrategy> out = new ArrayList<>();
        for (JsonNode s : list) {
            out.add(new HubStrategy(text(s, "name", "strategy"), optText(s, "network"), s.path("params").isMissingNode() ? null : s.get("params")));
        }
        return out;
    }

    private List<List<Double>> byStrategy(JsonNode rows, String what) {
        List<List<Double>> out = new ArrayList<>();
        for (JsonNode row : rows) {
            out.add(numbers(row, what + " scores_by_strategy"));
        }
        return out;
    }

    private List<Double> numbers(JsonNode list, String what) {
        List<Double> out = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            throw malformed(what + " not a list");
        }
        for (JsonNode n : list) {
            if (!n.isNumber() && !n.isNull()) {
                throw malformed(what + " holding " + n);
            }
            out.add(n.isNull() ? Double.NaN : n.asDouble());
        }
        return out;
    }

    /** Addresses of admins, moderators or members: entries that are not text say nothing and are left out. */
    private static List<String> names(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) {
            if (n.isTextual()) {
                out.add(n.asText());
            }
        }
        return out;
    }

    /** A choice is shown and voted on by its position, so a missing one cannot be skipped: the proposal is refused. */
    private List<String> choices(JsonNode list, String what) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) {
            if (!n.isValueNode() || n.isNull()) {
                throw malformed(what + " with choice " + (out.size() + 1) + " empty");
            }
            out.add(n.asText());
        }
        return out;
    }

    private String text(JsonNode node, String field, String what) {
        return require(node, field, what, JsonNode::isTextual).asText();
    }

    private long integer(JsonNode node, String field, String what) {
        return require(node, field, what, JsonNode::canConvertToLong).asLong();
    }

    private JsonNode require(JsonNode node, String field, String what, Predicate<JsonNode> kind) {
        JsonNode value = node.path(field);
        if (!kind.test(value)) {
            throw malformed(what + " with " + (value.isMissingNode() || value.isNull() ? "no " + field : "the " + field + " " + value));
        }
        return value;
    }

    private static String optText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
