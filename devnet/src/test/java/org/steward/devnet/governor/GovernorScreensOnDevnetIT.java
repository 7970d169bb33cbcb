package org.steward.devnet.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.chain.DeviceTransactions;
import org.steward.core.chain.DeviceTransactions.Account;
import org.steward.core.governor.VoteSupport;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.DirectTaskRunner;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetExtension;
import org.steward.governance.domain.governor.KnownCalls;
import org.steward.governance.service.governor.ChainGovernorSource;
import org.steward.governance.ui.governor.DelegationViewModel;
import org.steward.governance.ui.governor.GovernorRow;
import org.steward.governance.ui.governor.GovernorViewModel;
import org.steward.governance.ui.governor.ProposalBuilderViewModel;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;

/**
 * The Governor screens' ViewModels on a real devnet, every transaction reviewed then signed by a
 * simulated device: build and propose, vote with a reason, queue, watch the ETA, execute; delegate.
 */
@ExtendWith(DevnetExtension.class)
class GovernorScreensOnDevnetIT {

    @Test
    void proposeVoteQueueAndExecuteThroughTheScreens(Devnet devnet, @TempDir Path dir) {
        SimulatedSeed seed = SimulatedSeed.demo();
        Account holder = Account.of(SimulatedDevices.ledger(seed, new SimulatedBehaviour()), DerivationPath.bip44(0));
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"));
             ChainGovernorSource source = new ChainGovernorSource(devnet.client().network(), devnet.deployment().governor(), history,
                     () -> holder)) {
            DirectTaskRunner runner = new DirectTaskRunner();
            AtomicLong now = new AtomicLong(System.currentTimeMillis() / 1000);

            ProposalBuilderViewModel builder = new ProposalBuilderViewModel(source, runner, () -> DevicePrompts.NONE, KnownCalls.TIMELOCK,
                    devnet.deployment().timelock());
            builder.call().select(KnownCalls.TIMELOCK.get(0));
            builder.call().fill(List.of("3600"));
            builder.addAction();
            builder.description().set("# One-hour timelock\n\nShorter reaction time for routine changes.");
            assertThat(builder.preview().get()).contains("updateDelay(uint256 newDelay)").contains("newDelay (uint256): 3600");
            builder.propose();
            assertThat(builder.review().pending().get().decoded()).startsWith("propose(address[] targets");
            builder.review().confirm();
            assertThat(builder.review().outcome().get()).contains("sent in transaction 0x");

            GovernorViewModel proposals = new GovernorViewModel(source, runner, (delay, action) -> () -> { }, now::get, () -> DevicePrompts.NONE);
            proposals.activate();
            assertThat(proposals.visibleRows()).singleElement().extracting(GovernorRow::state).isEqualTo("Pending");

            devnet.mine(devnet.options().votingDelayBlocks() + 1);
            proposals.reload();
            proposals.select(proposals.visibleRows().get(0));
            assertThat(proposals.canVote().get()).isTrue();
            assertThat(proposals.myPosition().get().text()).contains("You have not voted yet");
            assertThat(proposals.actions().get()).contains("updateDelay(uint256 newDelay)");
            assertThat(proposals.ifPasses().get()).isEmpty();
            proposals.simulateIfPasses();
            assertThat(proposals.ifPasses().get()).startsWith("Result:   succeeds").contains(": MinDelayChange(")
                    .contains("run as the Timelock " + devnet.deployment().timelock().checksummed());
            proposals.vote(VoteSupport.FOR, "Routine changes need less time.");
            assertThat(proposals.review().pending().get().decoded()).contains("reason (string): \"Routine changes need less time.\"");
            assertThat(proposals.review().simulation().get()).startsWith("Simulated on a private fork (nothing sent):\nResult:   succeeds")
                    .contains(": VoteCast(voter=" + holder.address().checksummed());
            proposals.review().confirm();
            proposals.select(proposals.visibleRows().get(0));
            assertThat(proposals.myPosition().get().text()).contains("You have voted");
            assertThat(proposals.canVote().get()).as("a second vote would revert").isFalse();
            assertThat(proposals.voteNote().get()).isEqualTo("You have voted on this proposal: the Governor takes one vote per account.");
            assertThat(proposals.forShare().get()).isEqualTo(1.0);

            devnet.mine(devnet.options().votingPeriodBlocks() + 1);
            proposals.reload();
            assertThat(proposals.selected().get().state()).isEqualTo("Succeeded");
            assertThat(proposals.voteNote().get()).isEqualTo("Voting is closed (Succeeded).");
            assertThat(proposals.canQueue().get()).isTrue();
            proposals.queue();
            proposals.review().confirm();
            assertThat(proposals.selected().get().state()).isEqualTo("Queued");
            long eta = proposals.selected().get().proposal().status().etaSeconds().orElseThrow();
            now.set(eta - 90);
            proposals.select(proposals.selected().get());
            // The page judges the ETA on chain time (the head block's timestamp), a few seconds off this test's clock.
            assertThat(proposals.eta().get()).matches("Executable in 1 minute( [0-9]{1,2} seconds?)? \\(timelock delay\\)");
            assertThat(proposals.canExecute().get()).isFalse();

            devnet.increaseTime(devnet.options().timelockDelaySeconds() + 1);
            now.set(eta + 1);
            proposals.select(proposals.selected().get());
            assertThat(proposals.canExecute().get()).isTrue();
            proposals.execute();
            proposals.review().confirm();
            assertThat(proposals.selected().get().state()).isEqualTo("Executed");
            assertThat(new SignedItems(history).recent(10)).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void warnsAboutUndelegatedTokensUntilTheHolderDelegates(Devnet devnet, @TempDir Path dir) {
        SimulatedSeed seed = SimulatedSeed.demo();
        Account funder = Account.of(SimulatedDevices.ledger(seed, new SimulatedBehaviour()), DerivationPath.bip44(0));
        Account newcomer = Account.of(SimulatedDevices.oneKey(seed, new SimulatedBehaviour()), DerivationPath.bip44(6));
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"));
             ChainGovernorSource source = new ChainGovernorSource(devnet.client().network(), devnet.deployment().governor(), history,
                     () -> newcomer)) {
            new DeviceTransactions(devnet.client(), new SignedItems(history)).send(funder, devnet.deployment().token(),
                    AbiCalls.encode(Erc20Functions.TRANSFER, List.of(newcomer.address().lowerHex(), new BigInteger("250000000000000000000").toString())),
                    "fund", DevicePrompts.NONE);
            DelegationViewModel delegation = new DelegationViewModel(source, new DirectTaskRunner(), () -> DevicePrompts.NONE);
            delegation.activate();
            assertThat(delegation.warning().get().text()).isEqualTo(
                    "Your 250 STW are not delegated, so they do not count in any vote: delegate to yourself or to someone you trust.");
            assertThat(delegation.summary().get().text()).contains("delegate: none");

            delegation.delegateToSelf();
            assertThat(delegation.review().pending().get().decoded()).contains(newcomer.address().checksummed());
            delegation.review().confirm();
            assertThat(delegation.warning().get().text()).isEmpty();
            assertThat(delegation.summary().get().text()).contains("votes 250 STW").contains("delegate: yourself");
            assertThat(delegation.canDelegateToSelf().get()).as("its own delegate now: again would change nothing").isFalse();

            delegation.delegatee().set("0x0000000000000000000000000000000000000000");
            assertThat(delegation.delegateeError().get()).contains("zero address");
        }
    }
}
