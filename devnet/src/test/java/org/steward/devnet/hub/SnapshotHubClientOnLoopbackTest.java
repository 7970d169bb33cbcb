package org.steward.devnet.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.hub.HubSpace;
import org.steward.governance.domain.hub.HubVote;
import org.steward.governance.domain.hub.HubVotingPower;
import org.steward.governance.domain.hub.ProposalState;
import org.steward.governance.domain.snapshot.VotingType;
import org.steward.governance.domain.snapshot.tally.Tally;
import org.steward.governance.domain.snapshot.tally.TallyResult;
import org.steward.governance.domain.snapshot.tally.VoteSetReader;
import org.steward.governance.service.ProposalQuery;
import org.steward.governance.service.RetryPolicy;
import org.steward.governance.service.SnapshotHubClient;

/** Steward's hub client against the loopback hub: every query it sends, over HTTP and graphql-java. */
class SnapshotHubClientOnLoopbackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static LoopbackHub hub;
    private static SnapshotHubClient client;
    private static final List<String> status = new ArrayList<>();

    @BeforeAll
    static void start() {
        hub = LoopbackHub.start();
        client = new SnapshotHubClient(hub.url(), null, status::add,
                new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1), d -> { }));
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void readsASpaceWithItsStrategies() {
        HubSpace space = client.space(DemoHubSeed.SPACE).orElseThrow();

        assertThat(space.name()).isEqualTo("Steward DAO");
        assertThat(space.strategies()).extracting(s -> s.name()).containsExactly("erc20-votes");
        assertThat(space.proposalsCount()).isEqualTo(15);
        assertThat(space.votesCount()).isEqualTo(hub.data().proposals().stream()
                .filter(p -> p.space().equals(DemoHubSeed.SPACE)).mapToInt(p -> hub.data().voteCount(p.id())).sum());
        assertThat(client.space("nobody.eth")).isEmpty();
    }

    @Test
    void listsSpacesNewestFirstAndById() {
        assertThat(client.spaces(List.of(), 20, 0)).extracting(HubSpace::id)
                .containsExactly(DemoHubSeed.RESEARCH_SPACE, DemoHubSeed.SPACE);
        assertThat(client.spaces(List.of(DemoHubSeed.SPACE), 20, 0)).extracting(HubSpace::id).containsExactly(DemoHubSeed.SPACE);
    }

    @Test
    void listsProposalsOfEveryVotingTypeWithFlaggedOnesHiddenByDefault() {
        List<HubProposal> shown = client.proposals(ProposalQuery.firstPage(DemoHubSeed.SPACE));

        assertThat(shown).hasSize(14).noneMatch(HubProposal::flagged).allMatch(p -> p.body() == null);
        assertThat(shown).extracting(HubProposal::created).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(shown.stream().map(p -> p.votingType().orElseThrow()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(VotingType.values());
        assertThat(shown).filteredOn(HubProposal::shielded).singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo(ProposalState.ACTIVE));

        List<HubProposal> all = client.proposals(ProposalQuery.firstPage(DemoHubSeed.SPACE).withFlagged(true));
        assertThat(all).hasSize(15).filteredOn(HubProposal::flagged).singleElement()
                .satisfies(p -> assertThat(p.flagCode()).isEqualTo(1));
    }

    @Test
    void filtersProposalsByStateAndPages() {
        ProposalQuery active = ProposalQuery.firstPage(DemoHubSeed.SPACE).withState(ProposalState.ACTIVE);
        assertThat(client.proposals(active)).hasSize(8).allMatch(p -> p.state() == ProposalState.ACTIVE)
                .extracting(p -> p.votingType().orElseThrow()).containsAll(List.of(VotingType.values()));
        assertThat(client.proposals(active.withState(ProposalState.PENDING))).singleElement()
                .satisfies(p -> assertThat(p.votes()).isZero());
        assertThat(client.proposals(active.withState(ProposalState.CLOSED))).hasSize(5);

        ProposalQuery pageOfFour = new ProposalQuery(DemoHubSeed.SPACE, null, false, 4, 0);
        Set<String> seen = new HashSet<>();
        for (ProposalQuery page = pageOfFour; ; page = page.next()) {
            List<HubProposal> rows = client.proposals(page);
            rows.forEach(p -> assertThat(seen.add(p.id())).as("proposal %s on two pages", p.id()).isTrue());
            if (rows.size() < page.first()) {
                break;
            }
        }
        assertThat(seen).hasSize(14);
    }

    @Test
    void readsOneProposalWithItsMarkdownBody() {
        String id = proposalOf(VotingType.RANKED_CHOICE).id();

        HubProposal detail = client.proposal(id).orElseThrow();

        assertThat(detail.body()).startsWith("## Summary").contains("| Item | Amount |", "](https://forum.");
        assertThat(detail.choices()).hasSize(4);
        assertThat(detail.space()).isEqualTo(DemoHubSeed.SPACE);
        assertThat(client.proposal("0xdoesnotexist")).isEmpty();
    }

    @Test
    void pagesMoreThanAThousandVotesByCreationTime() {
        HubProposal basic = proposalOf(VotingType.BASIC);
        assertThat(basic.votes()).isEqualTo(2500);

        List<Integer> pageSizes = new ArrayList<>();
        List<HubVote> votes = new ArrayList<>();
        client.votes(basic.id(), SnapshotHubClient.MAX_VOTES_PAGE, page -> {
            pageSizes.add(page.size());
            votes.addAll(page);
        });

        assertThat(pageSizes).hasSize(3);
        assertThat(votes).hasSize(2500);
        assertThat(votes.stream().map(HubVote::id).distinct().count()).isEqualTo(2500);
        assertThat(votes).extracting(HubVote::created).isSorted();
        assertThat(votes).extracting(HubVote::id).containsExactlyInAnyOrderElementsOf(
                hub.data().votes(basic.id()).stream().map(HubVote::id).toList());
    }

    /** Pages of 50 end inside runs of three votes cast in the same second; none may be lost or doubled. */
    @Test
    void smallPagesAcrossVotesOfTheSameSecondLoseNothing() {
        HubProposal approval = proposalOf(VotingType.APPROVAL);
        List<HubVote> votes = new ArrayList<>();

        client.votes(approval.id(), 50, votes::addAll);

        assertThat(votes).hasSize(approval.votes());
        assertThat(votes.stream().map(HubVote::id).distinct().count()).isEqualTo(approval.votes());
    }

    @Test
    void theHubsScoresEqualARecountOfItsVotes() {
        for (HubProposal listed : client.proposals(ProposalQuery.firstPage(DemoHubSeed.SPACE))) {
            if (listed.shielded() || listed.votes() == 0) {
                continue;
            }
            TallyResult recount = recount(listed, client.allVotes(listed.id()));
            double[] scores = recount.scores();
            for (int i = 0; i < scores.length; i++) {
                assertThat(listed.scores().get(i)).as(listed.type() + " option " + (i + 1)).isCloseTo(scores[i], within(1e-9 * Math.max(1, scores[i])));
            }
            assertThat(listed.scoresTotal()).as(listed.type() + " total").isCloseTo(recount.scoresTotal(), within(1e-6));
            assertThat(listed.scores().stream().mapToDouble(Double::doubleValue).sum()).as(listed.type()).isPositive();
        }
    }

    @Test
    void readsVotingPowerOfKnownAndUnknownVoters() {
        HubVotingPower first = client.votingPower(DemoHubSeed.DEMO_ACCOUNTS.get(0), DemoHubSeed.SPACE, null);
        assertThat(first.vp()).isEqualTo(400_000);
        assertThat(first.isFinal()).isTrue();

        HubVotingPower research = client.votingPower(DemoHubSeed.DEMO_ACCOUNTS.get(3), DemoHubSeed.RESEARCH_SPACE, null);
        assertThat(research.vpByStrategy()).containsExactly(60_000.0, 1.0);
        assertThat(research.vp()).isEqualTo(60_001);

        String onProposal = proposalOf(VotingType.WEIGHTED).id();
        assertThat(client.votingPower("0x000000000000000000000000000000000000dEaD", DemoHubSeed.SPACE, onProposal).vp()).isZero();
        assertThat(status).as("no retries against a healthy hub").isEmpty();
    }

    @Test
    void theDemoSeedIsTheSameForTheSameClockAndHoldsThousandsOfVotes() {
        HubData data = DemoHubSeed.create(1_800_000_000L);
        HubData again = DemoHubSeed.create(1_800_000_000L);

        assertThat(data.proposals()).hasSize(17);
        assertThat(again.proposals()).extracting(LoopbackProposal::id).isEqualTo(data.proposals().stream().map(LoopbackProposal::id).toList());
        assertThat(data.proposals().stream().mapToInt(p -> data.voteCount(p.id())).sum()).isGreaterThan(6000);
    }

    private static HubProposal proposalOf(VotingType type) {
        return client.proposals(ProposalQuery.firstPage(DemoHubSeed.SPACE)).stream()
                .filter(p -> p.votingType().orElseThrow() == type && !p.shielded() && p.votes() > 0).findFirst().orElseThrow();
    }

    /** The recount a person runs with {@code steward snapshot tally}, fed from what the client fetched. */
    private static TallyResult recount(HubProposal proposal, List<HubVote> votes) {
        ObjectNode input = JSON.createObjectNode();
        ArrayNode choices = input.putObject("proposal").putArray("choices");
        proposal.choices().forEach(choices::add);
        ArrayNode strategies = input.putArray("strategies");
        proposal.strategies().forEach(s -> strategies.addObject().put("name", s.name()));
        ArrayNode rows = input.putArray("votes");
        for (HubVote v : votes) {
            ObjectNode row = rows.addObject();
            row.set("choice", v.choice());
            row.put("balance", v.vp());
            ArrayNode scores = row.putArray("scores");
            v.vpByStrategy().forEach(scores::add);
        }
        return Tally.of(proposal.votingType().orElseThrow()).count(VoteSetReader.read(new StringReader(input.toString())));
    }
}
