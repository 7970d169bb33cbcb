package org.steward.governance.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.steward.core.UserFacingException;
import org.steward.core.net.NetBudget;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.hub.HubSpace;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.hub.HubVotes;
import org.steward.governance.domain.hub.HubVotingPower;

/**
 * Reads spaces, proposals, votes and voting power from a Snapshot hub's GraphQL endpoint, sending
 * only the documents of {@link HubQuery}. An API key, when given, goes in {@code x-api-key} and
 * lifts the hub's limit of 100 requests a minute.
 */
public final class SnapshotHubClient {

    public static final URI DEFAULT_URL = URI.create("https://hub.snapshot.org/graphql");
    /** The most votes one page may ask for. */
    public static final int MAX_VOTES_PAGE = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final HubHttp http;
    private final HubJson read;

    public SnapshotHubClient(URI url, String apiKey, Consumer<String> status) {
        this(url, apiKey, status, RetryPolicy.standard());
    }

    public SnapshotHubClient(URI url, String apiKey, Consumer<String> status, RetryPolicy retry) {
        this.url = url == null ? DEFAULT_URL : url;
        this.http = new HubHttp(NetBudget.http(), apiKey, retry, status);
        this.read = new HubJson(this.url.getHost());
    }

    /** The hub's clock now (Unix seconds), known once it has answered; what vote timestamps are checked against. */
    public java.util.Optional<Long> serverNow() {
        return http.serverNow();
    }

    public URI url() {
        return url;
    }

    public Optional<HubSpace> space(String id) {
        JsonNode space = query(HubQuery.SPACE, JSON.createObjectNode().put("id", id)).path("space");
        return space.isObject() ? Optional.of(read.space(space)) : Optional.empty();
    }

    /** Spaces newest first; {@code ids} empty means any space. */
    public List<HubSpace> spaces(List<String> ids, int first, int skip) {
        ObjectNode variables = JSON.createObjectNode().put("first", first).put("skip", skip);
        if (!ids.isEmpty()) {
            ids.forEach(variables.putObject("where").putArray("id_in")::add);
        }
        List<HubSpace> out = new ArrayList<>();
        for (JsonNode s : list(query(HubQuery.SPACES, variables), "spaces")) {
            out.add(read.space(s));
        }
        return out;
    }

    public List<HubProposal> proposals(ProposalQuery page) {
        ObjectNode variables = JSON.createObjectNode().put("first", page.first()).put("skip", page.skip());
        ObjectNode where = variables.putObject("where").put("space", page.space());
        if (page.state() != null) {
            where.put("state", page.state().id());
        }
        if (!page.includeFlagged()) {
            where.put("flagged", false);
        }
        List<HubProposal> out = new ArrayList<>();
        for (JsonNode p : list(query(HubQuery.PROPOSALS, variables), "proposals")) {
            out.add(read.proposal(p));
        }
        return out;
    }

    /** One proposal with its Markdown body. */
    public Optional<HubProposal> proposal(String id) {
        JsonNode proposal = query(HubQuery.PROPOSAL, JSON.createObjectNode().put("id", id)).path("proposal");
        return proposal.isObject() ? Optional.of(read.proposal(proposal)) : Optional.empty();
    }

    /**
     * Every vote of a proposal, oldest first, handed over a page at a time so that 100,000 votes
     * never sit in one answer. Pages follow {@code created} instead of {@code skip} (which the hub
     * caps at 5000): each asks from the previous page's newest second, dropping the votes of that
     * second already handed over.
     */
    public void votes(String proposalId, int pageSize, Consumer<List<HubVote>> pages) {
        votes(proposalId, pageSize, pages, bad -> {
            throw bad;
        });
    }

    /**
     * As {@link #votes(String, int, Consumer)}, with a row that is not a readable vote handed to
     * {@code unreadable} instead of ending the read, as long as its time can still page the rest.
     */
    void votes(String proposalId, int pageSize, Consumer<List<HubVote>> pages, Consumer<HubJson.Malformed> unreadable) {
        if (pageSize < 1 || pageSize > MAX_VOTES_PAGE) {
            throw new UserFacingException("A page holds 1 to " + MAX_VOTES_PAGE + " votes, not " + pageSize + ".");
        }
        long since = 0;
        Set<String> seenAtSince = new HashSet<>();
        while (true) {
            ObjectNode variables = JSON.createObjectNode().put("proposal", proposalId).put("since", since).put("first", pageSize);
            JsonNode rows = list(query(HubQuery.VOTES, variables), "votes");
            List<HubVote> fresh = new ArrayList<>();
            long newest = since;
            for (JsonNode row : rows) {
                boolean timed = row.path("created").canConvertToLong();
                if (timed && row.path("created").asLong() == since && seenAtSince.contains(row.path("id").asText())) {
                    continue;
                }
                HubVote vote;
                try {
                    vote = read.vote(row, proposalId);
                } catch (HubJson.Malformed bad) {
                    if (!timed) {
                        throw bad;
                    }
                    unreadable.accept(bad);
                    newest = Math.max(newest, row.path("created").asLong());
                    continue;
                }
                if (vote.created() < since) {
                    throw read.malformed("vote " + vote.id() + " older than the page asked for");
                }
                newest = Math.max(newest, vote.created());
                fresh.add(vote);
            }
            if (!fresh.isEmpty()) {
                pages.accept(fresh);
            }
            if (rows.size() < pageSize) {
                return;
            }
            if (newest == since) {
                throw new UserFacingException("More than " + pageSize + " votes of proposal " + proposalId + " carry the same second "
                        + since + ", so they cannot be paged by time: ask again with a page of " + MAX_VOTES_PAGE + ".");
            }
            seenAtSince.clear();
            for (JsonNode row : rows) {
                if (row.path("created").asLong() == newest) {
                    seenAtSince.add(row.path("id").asText());
                }
            }
            since = newest;
        }
    }

    /** Every vote of a proposal, and the rows that were not readable votes, each said with what was wrong. */
    public HubVotes voteRead(String proposalId) {
        List<HubVote> all = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        votes(proposalId, MAX_VOTES_PAGE, all::addAll, e -> bad.add(e.what()));
        return new HubVotes(all, bad);
    }

    public List<HubVote> allVotes(String proposalId) {
        List<HubVote> all = new ArrayList<>();
        votes(proposalId, MAX_VOTES_PAGE, all::addAll);
        return all;
    }

    /** The votes {@code voter} cast in {@code space}, newest first (at most {@value #MAX_VOTES_PAGE}). */
    public List<HubVote> votesOf(String voter, String space) {
        ObjectNode variables = JSON.createObjectNode().put("space", space).put("voter", voter).put("first", MAX_VOTES_PAGE);
        List<HubVote> out = new ArrayList<>();
        for (JsonNode row : list(query(HubQuery.VOTER_VOTES, variables), "votes")) {
            String proposal = row.path("proposal").path("id").asText("");
            if (proposal.isEmpty()) {
                throw read.malformed("vote " + row.path("id").asText() + " without its proposal");
            }
            out.add(read.vote(row, proposal));
        }
        return out;
    }

    /** A voter's power in a space, or on one proposal when {@code proposalId} is given. */
    public HubVotingPower votingPower(String voter, String space, String proposalId) {
        ObjectNode variables = JSON.createObjectNode().put("voter", voter).put("space", space);
        if (proposalId != null) {
            variables.put("proposal", proposalId);
        }
        return read.votingPower(query(HubQuery.VP, variables).path("vp"));
    }

    private JsonNode query(HubQuery query, ObjectNode variables) {
        ObjectNode request = JSON.createObjectNode().put("query", query.document());
        request.set("variables", variables);
        HubHttp.Answer answer = http.post(url, write(request));
        JsonNode root;
        try {
            root = JSON.readTree(answer.body());
        } catch (JsonProcessingException e) {
            throw read.malformed("HTTP " + answer.status() + " without JSON");
        }
        if (root == null || !root.isObject()) {
            throw read.malformed("HTTP " + answer.status() + " without a JSON object");
        }
        JsonNode errors = root.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            String reason = errors.get(0).path("message").asText("no reason given").strip();
            throw new UserFacingException("The Snapshot hub at " + url.getHost() + " refused the " + query.name().toLowerCase(Locale.ROOT)
                    + " query: " + (reason.endsWith(".") ? reason : reason + "."));
        }
        if (answer.status() != 200 || !root.path("data").isObject()) {
            throw read.malformed("HTTP " + answer.status() + " without data");
        }
        return root.get("data");
    }

    private JsonNode list(JsonNode data, String field) {
        JsonNode rows = data.path(field);
        if (!rows.isArray()) {
            throw read.malformed("no " + field + " list");
        }
        return rows;
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }
}
