package org.steward.devnet.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.sign.SignerException;
import org.steward.governance.domain.snapshot.SnapshotVote;
import org.steward.governance.domain.snapshot.VoteChoice;
import org.steward.governance.service.SequencerRejectedException;
import org.steward.governance.service.SnapshotSequencerClient;
import org.steward.governance.service.SnapshotVoting;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;

/**
 * A Snapshot vote cast the way Steward casts it: typed data built locally, signed on a simulated
 * Ledger, checked, stored, then sent to the loopback sequencer, which verifies it as the real one does.
 */
class SnapshotVotingIT {

    private static final DerivationPath FIRST = DerivationPath.bip44(0);
    private static final Address VOTER = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static LoopbackHub hub;

    @BeforeAll
    static void serve() {
        hub = LoopbackHub.start();
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    private static String proposal(String title) {
        return hub.data().proposals().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow().id();
    }

    private static SnapshotVote vote(String title, int choice) {
        return new SnapshotVote(VOTER, DemoHubSeed.SPACE, Instant.now().getEpochSecond(), proposal(title),
                org.steward.governance.domain.snapshot.VotingType.BASIC, new VoteChoice.Single(choice), "for the curators", "steward", "{}");
    }

    @Test
    void aVoteSignedOnTheDeviceIsStoredThenAcceptedWithAReceipt(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            SignedItems history = new SignedItems(store);
            SnapshotVoting voting = new SnapshotVoting(new SnapshotSequencerClient(hub.sequencerUrl(), null, s -> { }), history);
            SnapshotVoting.PreparedVote prepared = SnapshotVoting.prepare(vote("Adopt the model-card standard v2", 1), FIRST);

            SnapshotVoting.CastVote cast = voting.cast(prepared,
                    SimulatedDevices.ledger(SimulatedSeed.demo(), new SimulatedBehaviour().approve()), DevicePrompts.NONE);

            assertThat(cast.receipt().id()).isEqualTo(prepared.typedData().digest().hex());
            assertThat(hub.data().voteOf(prepared.vote().proposal(), VOTER.checksummed())).isPresent();
            assertThat(history.recent(1)).singleElement().satisfies(item -> {
                assertThat(item.kind()).isEqualTo("snapshot-vote");
                assertThat(item.status()).isEqualTo("sent");
                assertThat(item.digest()).isEqualTo(prepared.typedData().digest().hex());
                assertThat(item.payloadJson()).contains("\"address\":\"" + VOTER.checksummed() + "\"");
                assertThat(item.receiptJson()).hasValueSatisfying(r -> assertThat(r).contains(cast.receipt().id()));
            });
        }
    }

    @Test
    void aRefusalIsShownVerbatimAndTheEnvelopeStaysRecordedAsFailed(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            SignedItems history = new SignedItems(store);
            SnapshotVoting voting = new SnapshotVoting(new SnapshotSequencerClient(hub.sequencerUrl(), null, s -> { }), history);
            SnapshotVote closed = new SnapshotVote(VOTER, DemoHubSeed.SPACE, Instant.now().getEpochSecond(), proposal("Set the challenge bond"),
                    org.steward.governance.domain.snapshot.VotingType.SINGLE_CHOICE, new VoteChoice.Single(2), "", "steward", "{}");

            assertThatThrownBy(() -> voting.cast(SnapshotVoting.prepare(closed, FIRST),
                    SimulatedDevices.ledger(SimulatedSeed.demo(), new SimulatedBehaviour().approve()), DevicePrompts.NONE))
                    .isInstanceOf(SequencerRejectedException.class)
                    .hasMessageContaining("not in voting window");
            assertThat(history.recent(1)).singleElement().satisfies(item -> {
                assertThat(item.status()).isEqualTo("failed");
                assertThat(item.receiptJson()).hasValueSatisfying(r -> assertThat(r).contains("not in voting window"));
            });
        }
    }

    @Test
    void aVoteRejectedOnTheDeviceLeavesNothingBehind(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            SignedItems history = new SignedItems(store);
            SnapshotVoting voting = new SnapshotVoting(new SnapshotSequencerClient(hub.sequencerUrl(), null, s -> { }), history);
            assertThatThrownBy(() -> voting.cast(SnapshotVoting.prepare(vote("Adopt the model-card standard v2", 2), FIRST),
                    SimulatedDevices.ledger(SimulatedSeed.demo(), new SimulatedBehaviour().reject()), DevicePrompts.NONE))
                    .isInstanceOf(SignerException.class);
            assertThat(history.recent(10)).isEmpty();
        }
    }

    @Test
    void theHubsClockIsLearnedFromItsAnswers() {
        org.steward.governance.service.SnapshotHubClient client = new org.steward.governance.service.SnapshotHubClient(hub.url(), null, s -> { });
        assertThat(client.serverNow()).as("no answer yet, no reference").isEmpty();
        client.space(DemoHubSeed.SPACE);
        assertThat(client.serverNow()).hasValueSatisfying(now -> assertThat(Math.abs(now - Instant.now().getEpochSecond())).isLessThanOrEqualTo(2));
    }

    @Test
    void aComputerClockOffByMoreThanTheSequencerAllowsIsRefusedBeforeSigning() {
        SnapshotVoting.checkClock(1_000_000, 1_000_250);
        assertThatThrownBy(() -> SnapshotVoting.checkClock(1_000_000, 1_000_400))
                .hasMessage("This computer's clock is 400 s behind: Snapshot would refuse the vote's timestamp. "
                        + "Set the clock (enable network time) and try again.");
    }
}
