package org.steward.devnet.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.DirectTaskRunner;
import org.steward.governance.domain.hub.ProposalState;
import org.steward.governance.domain.snapshot.SnapshotVote;
import org.steward.governance.domain.snapshot.VoteChoice;
import org.steward.governance.domain.snapshot.VotingType;
import org.steward.governance.service.SnapshotHubClient;
import org.steward.governance.service.SnapshotSequencerClient;
import org.steward.governance.service.SnapshotVoting;
import org.steward.governance.service.HubSnapshotSource;
import org.steward.governance.ui.MyVotesViewModel;
import org.steward.governance.ui.ProposalListViewModel;
import org.steward.governance.ui.ProposalRow;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;

/** The proposal list as a voter sees it on the loopback hub: unvoted first, flagged hidden, their vote and power shown. */
class ProposalListOnHubIT {

    private static final Address VOTER = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static final String VOTED = "Adopt the model-card standard v2";
    private static LoopbackHub hub;

    @BeforeAll
    static void serve() {
        hub = LoopbackHub.start();
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void activeProposalsWithoutTheVotersVoteComeFirst(@TempDir Path dir) {
        String votedId = hub.data().proposals().stream().filter(p -> p.title().equals(VOTED)).findFirst().orElseThrow().id();
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            SnapshotVoting voting = new SnapshotVoting(new SnapshotSequencerClient(hub.sequencerUrl(), null, s -> { }), new SignedItems(store));
            voting.cast(SnapshotVoting.prepare(new SnapshotVote(VOTER, DemoHubSeed.SPACE, Instant.now().getEpochSecond(), votedId,
                    VotingType.BASIC, new VoteChoice.Single(1), "ship it", "steward", "{}"), DerivationPath.bip44(0)),
                    SimulatedDevices.ledger(SimulatedSeed.demo(), new SimulatedBehaviour().approve()), DevicePrompts.NONE);
        }

        ProposalListViewModel m = new ProposalListViewModel(new HubSnapshotSource(new SnapshotHubClient(hub.url(), null, s -> { }),
                DemoHubSeed.SPACE), new DirectTaskRunner(), () -> Optional.of(VOTER.checksummed()), (delay, action) -> {
                    action.run();
                    return () -> { };
                });
        m.activate();

        List<ProposalRow> rows = m.visibleRows();
        int firstOther = 0;
        while (firstOther < rows.size() && rows.get(firstOther).proposal().state() == ProposalState.ACTIVE) {
            firstOther++;
        }
        assertThat(rows.subList(0, firstOther)).as("the unvoted active proposals lead").isNotEmpty()
                .noneMatch(r -> r.proposal().id().equals(votedId));
        assertThat(rows).anyMatch(r -> r.proposal().id().equals(votedId));
        assertThat(m.statusProperty().get()).matches("\\d+ proposals, \\d+ active without your vote");

        assertThat(rows).noneMatch(r -> r.proposal().flagged());
        int hiddenFlagged = (int) hub.data().proposals().stream().filter(p -> p.space().equals(DemoHubSeed.SPACE) && p.flagged()).count();
        int before = rows.size();
        m.showFlaggedProperty().set(true);
        assertThat(m.visibleRows()).hasSize(before + hiddenFlagged).anyMatch(r -> r.proposal().flagged());

        m.select(m.visibleRows().stream().filter(r -> r.proposal().id().equals(votedId)).findFirst().orElseThrow());
        assertThat(m.myVoteProperty().get()).startsWith("You voted: 1 · For — \"ship it\"");
        assertThat(m.votingPowerProperty().get()).startsWith("Your voting power: ").endsWith("(final)");

        m.hubStatusSink().accept("The Snapshot hub is rate limited: retrying in 2 s");
        assertThat(m.hubStatusProperty().get()).isEqualTo("The Snapshot hub is rate limited: retrying in 2 s");
    }

    @Test
    void myVotesListsEachVoteWithItsReceiptOrTheRefusalVerbatim(@TempDir Path dir) {
        // Not VOTED: the other test votes there in the same second, and the sequencer refuses a second vote of one second.
        String active = hub.data().proposals().stream().filter(p -> p.title().equals("Treasury allocation for the next quarter")).findFirst().orElseThrow().id();
        String closed = hub.data().proposals().stream().filter(p -> p.title().equals("Set the challenge bond")).findFirst().orElseThrow().id();
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            SignedItems history = new SignedItems(store);
            SnapshotVoting voting = new SnapshotVoting(new SnapshotSequencerClient(hub.sequencerUrl(), null, s -> { }), history);
            var ledger = SimulatedDevices.ledger(SimulatedSeed.demo(), new SimulatedBehaviour().approve());
            SnapshotVoting.CastVote cast = voting.cast(SnapshotVoting.prepare(new SnapshotVote(VOTER, DemoHubSeed.SPACE, Instant.now().getEpochSecond(),
                    active, VotingType.WEIGHTED, new VoteChoice.Weights(new java.util.TreeMap<>(java.util.Map.of(1L, java.math.BigDecimal.ONE))), "",
                    "steward", "{}"),
                    DerivationPath.bip44(0)), ledger, DevicePrompts.NONE);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> voting.cast(SnapshotVoting.prepare(new SnapshotVote(VOTER, DemoHubSeed.SPACE,
                    Instant.now().getEpochSecond(), closed, VotingType.SINGLE_CHOICE, new VoteChoice.Single(1), "", "steward", "{}"),
                    DerivationPath.bip44(0)), ledger, DevicePrompts.NONE));

            MyVotesViewModel m = new MyVotesViewModel(() -> history.recent(5_000), new HubSnapshotSource(new SnapshotHubClient(hub.url(), null, s -> { }),
                    DemoHubSeed.SPACE), () -> Optional.of(VOTER.checksummed()), new DirectTaskRunner());
            m.activate();

            assertThat(m.rows()).filteredOn(r -> r.proposal().equals(active)).singleElement().satisfies(r -> {
                assertThat(r.where()).isEqualTo("Snapshot");
                assertThat(r.status()).isEqualTo("sent");
                assertThat(r.receipt()).startsWith("receipt " + cast.receipt().id() + " · ipfs " + cast.receipt().ipfs());
            });
            assertThat(m.rows()).filteredOn(r -> r.proposal().equals(closed)).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo("failed");
                assertThat(r.receipt()).startsWith("refused: ").contains("not in voting window");
            });
        }
    }
}
