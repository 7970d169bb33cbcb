package org.steward.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.DirectTaskRunner;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.domain.hub.ProposalState;
import org.steward.governance.service.SnapshotSequencerClient;
import org.steward.governance.service.SnapshotVoting;

/** Steward signs only a vote the person has reviewed, byte for byte: no device is reached here. */
class VoteViewModelTest {

    private static final Address VOTER = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

    @Test
    void signingNeedsAReviewAndAnEditAfterTheReviewVoidsIt(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            VoteViewModel vm = model(proposal("basic", null), store);
            vm.activate();

            vm.sign();
            assertThat(vm.statusProperty().get()).isEqualTo("Review the vote first: Steward signs only what you have seen.");

            vm.draft().orElseThrow().pick(1);
            vm.review();
            assertThat(vm.reviewedProperty().get()).isTrue();
            assertThat(vm.reviewProperty().get()).contains("Vote by " + VOTER.checksummed(), "Choice 1 · For", "Digest        0x");
            assertThat(vm.signingProperty().get()).as("the request whose fields and device screens the dialog shows")
                    .isInstanceOfSatisfying(org.steward.core.sign.TypedDataRequest.class,
                            r -> assertThat(vm.reviewProperty().get()).contains(r.digest().hex()));

            vm.reasonProperty().set("changed my mind");
            assertThat(vm.reviewedProperty().get()).isFalse();
            assertThat(vm.reviewProperty().get()).isEmpty();
            assertThat(vm.signingProperty().get()).isNull();
            assertThat(new SignedItems(store).recent(10)).isEmpty();
        }
    }

    @Test
    void aWeightedVoteIsSignedAsSnapshotsCompactJsonOfTheTypedAmounts(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            VoteViewModel vm = model(proposal("weighted", null), store);
            vm.activate();
            ChoiceDraft draft = vm.draft().orElseThrow();
            draft.amount(1, "5");
            draft.amount(3, "2.50");
            vm.review();
            assertThat(vm.reviewProperty().get()).contains("Choice For 66.7 % · Abstain 33.3 % (signed as \"{\\\"1\\\":5,\\\"3\\\":2.5}\")");
        }
    }

    @Test
    void aRankingIsReviewedByPlaceAndSignedAsTheOrder(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            VoteViewModel vm = model(proposal("ranked-choice", null), store);
            vm.activate();
            vm.draft().orElseThrow().move(2, 0);
            vm.review();
            assertThat(vm.reviewProperty().get()).contains("Choice 1st · Abstain, 2nd · For, 3rd · Against (signed as [3,1,2])");
        }
    }

    @Test
    void nothingIsReviewedBeforeAChoiceIsMade(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            VoteViewModel vm = model(proposal("approval", null), store);
            vm.activate();
            assertThat(vm.chosenProperty().get()).isFalse();
            vm.review();
            assertThat(vm.reviewedProperty().get()).isFalse();
            assertThat(vm.statusProperty().get()).isEqualTo("Pick a choice first.");
            vm.draft().orElseThrow().approve(2, true);
            assertThat(vm.chosenProperty().get()).isTrue();
        }
    }

    @Test
    void changingTheAccountVoidsTheReview(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            VoteViewModel vm = model(proposal("basic", null), store);
            vm.activate();
            vm.draft().orElseThrow().pick(2);
            vm.review();
            assertThat(vm.reviewedProperty().get()).isTrue();
            vm.accountChanged();
            assertThat(vm.reviewedProperty().get()).isFalse();
            assertThat(vm.reviewProperty().get()).isEmpty();
            assertThat(vm.statusProperty().get()).startsWith("The signing account changed");
        }
    }

    @Test
    void aClockFarFromTheHubsIsRefusedBeforeTheDeviceIsAsked(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            VoteViewModel vm = model(proposal("basic", null), store, java.util.Optional.of(java.time.Instant.now().getEpochSecond() - 3600));
            vm.activate();
            vm.draft().orElseThrow().pick(1);
            vm.review();
            assertThat(vm.reviewedProperty().get()).isFalse();
            assertThat(vm.statusProperty().get()).startsWith("This computer's clock is 3600 s ahead");
        }
    }

    @Test
    void aShutterProposalSaysThisVersionCannotVote(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            VoteViewModel vm = model(proposal("single-choice", "shutter"), store);
            vm.review();
            assertThat(vm.statusProperty().get()).startsWith("This is a private (Shutter) proposal");
        }
    }

    private static VoteViewModel model(HubProposal p, HistoryStore store) {
        return model(p, store, java.util.Optional.empty());
    }

    private static VoteViewModel model(HubProposal p, HistoryStore store, java.util.Optional<Long> hubNow) {
        SnapshotVoting voting = new SnapshotVoting(new SnapshotSequencerClient(URI.create("http://127.0.0.1:9/"), null, s -> { }), new SignedItems(store));
        return new VoteViewModel(p, () -> new VotingAccount(null, DerivationPath.bip44(0), VOTER), voting, DevicePrompts.NONE,
                new DirectTaskRunner(), () -> hubNow);
    }

    private static HubProposal proposal(String type, String privacy) {
        return new HubProposal("0x" + "ab".repeat(32), "", "stewarddao.eth", VOTER.checksummed(), 0, "1", "STW", type, List.of(),
                "A proposal", null, "", List.of("For", "Against", "Abstain"), 0, Long.MAX_VALUE / 2, 0, privacy, null,
                ProposalState.ACTIVE, "", "", List.of(), List.of(), "pending", 0, 0, false, 0);
    }
}
