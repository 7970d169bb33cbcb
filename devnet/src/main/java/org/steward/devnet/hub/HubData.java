package org.steward.devnet.hub;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.steward.governance.domain.hub.HubSpace;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.snapshot.tally.TallyResult;

/**
 * Everything the loopback hub knows, in memory: spaces, proposals, one vote per voter and
 * proposal (a later vote replaces the earlier, as on the real hub), voting power per space and
 * the ids of messages already ingested. Scores are recounted lazily after a vote changes.
 */
public final class HubData {

    private static final Comparator<HubVote> BY_CREATED = Comparator.comparingLong(HubVote::created).thenComparing(HubVote::id);

    private final Map<String, HubSpace> spaces = new LinkedHashMap<>();
    private final Map<String, LoopbackProposal> proposals = new LinkedHashMap<>();
    private final Map<String, Map<String, HubVote>> votes = new HashMap<>();
    private final Map<String, List<HubVote>> sortedVotes = new HashMap<>();
    private final Map<String, TallyResult> scores = new HashMap<>();
    private final Map<String, Map<String, double[]>> votingPower = new HashMap<>();
    private final Set<String> messages = new HashSet<>();

    public synchronized void addSpace(HubSpace space) {
        spaces.put(space.id(), space);
    }

    public synchronized void addProposal(LoopbackProposal proposal) {
        if (!spaces.containsKey(proposal.space())) {
            throw new IllegalArgumentException("proposal " + proposal.id() + " names the unknown space " + proposal.space());
        }
        proposals.put(proposal.id(), proposal);
        votes.put(proposal.id(), new LinkedHashMap<>());
    }

    /** Power per strategy of the space, in the order of its strategies. */
    public synchronized void setVotingPower(String space, String voter, double... perStrategy) {
        votingPower.computeIfAbsent(space, s -> new HashMap<>()).put(key(voter), perStrategy.clone());
    }

    /** Stores a vote, replacing the voter's earlier vote on the same proposal. */
    public synchronized void putVote(HubVote vote) {
        Map<String, HubVote> ofProposal = votes.get(vote.proposal());
        if (ofProposal == null) {
            throw new IllegalArgumentException("vote " + vote.id() + " is for the unknown proposal " + vote.proposal());
        }
        ofProposal.remove(key(vote.voter()));
        ofProposal.put(key(vote.voter()), vote);
        sortedVotes.remove(vote.proposal());
        scores.remove(vote.proposal());
    }

    /** Records a message id; false when it was seen before. */
    synchronized boolean remember(String messageId) {
        return messages.add(messageId);
    }

    synchronized void forget(String messageId) {
        messages.remove(messageId);
    }

    public synchronized Optional<HubSpace> space(String id) {
        return Optional.ofNullable(spaces.get(id));
    }

    public synchronized List<HubSpace> spaces() {
        return List.copyOf(spaces.values());
    }

    public synchronized Optional<LoopbackProposal> proposal(String id) {
        return Optional.ofNullable(proposals.get(id));
    }

    public synchronized List<LoopbackProposal> proposals() {
        return List.copyOf(proposals.values());
    }

    /** The proposal's votes, oldest first. */
    public synchronized List<HubVote> votes(String proposalId) {
        return sortedVotes.computeIfAbsent(proposalId, id -> {
            List<HubVote> sorted = new ArrayList<>(votes.getOrDefault(id, Map.of()).values());
            sorted.sort(BY_CREATED);
            return List.copyOf(sorted);
        });
    }

    public synchronized Optional<HubVote> voteOf(String proposalId, String voter) {
        return Optional.ofNullable(votes.getOrDefault(proposalId, Map.of()).get(key(voter)));
    }

    public synchronized int voteCount(String proposalId) {
        return votes.getOrDefault(proposalId, Map.of()).size();
    }

    public synchronized TallyResult scores(String proposalId) {
        return scores.computeIfAbsent(proposalId, id -> {
            LoopbackProposal proposal = proposals.get(id);
            return ProposalScores.count(proposal, spaces.get(proposal.space()).strategies().size(), votes.get(id).values());
        });
    }

    /** Power per strategy; zeros for an address the space does not know. */
    public synchronized double[] votingPower(String space, String voter) {
        HubSpace known = spaces.get(space);
        int strategies = known == null ? 0 : known.strategies().size();
        double[] power = votingPower.getOrDefault(space, Map.of()).get(key(voter));
        return power == null ? new double[strategies] : power.clone();
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}
