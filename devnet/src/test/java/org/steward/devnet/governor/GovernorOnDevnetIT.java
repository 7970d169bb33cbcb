package org.steward.devnet.governor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.UserFacingException;
import org.steward.core.abi.AbiCalls;
import org.steward.core.abi.AbiFunction;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.DeviceTransactions;
import org.steward.core.chain.DeviceTransactions.Account;
import org.steward.core.chain.PreparedCall;
import org.steward.core.chain.logs.RpcLogSource;
import org.steward.core.eth.Address;
import org.steward.core.governor.GovernorEvent;
import org.steward.core.governor.ProposalAction;
import org.steward.core.governor.VoteSupport;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.sign.DerivationPath;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.Progress;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetExtension;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.governance.domain.governor.ProposalState;
import org.steward.governance.domain.governor.ProposalStatus;
import org.steward.governance.domain.governor.VoterPosition;
import org.steward.governance.service.governor.GovernorActions;
import org.steward.governance.service.governor.GovernorIndexer;
import org.steward.governance.service.governor.GovernorReader;
import org.steward.governance.service.governor.GovernorStore;
import org.steward.wallet.sim.SimulatedBehaviour;
import org.steward.wallet.sim.SimulatedDevices;
import org.steward.wallet.sim.SimulatedSeed;

/**
 * A token holder's whole Governor path with simulated devices signing every transaction: delegate,
 * propose, vote with a reason, queue, wait out the timelock, execute; indexed from the logs and resumed.
 */
@ExtendWith(DevnetExtension.class)
class GovernorOnDevnetIT {

    private static final AbiFunction UPDATE_DELAY = AbiFunction.parse("function updateDelay(uint256 newDelay)");
    private static final AbiFunction HASH_PROPOSAL = AbiFunction.parse("hashProposal(address[],uint256[],bytes[],bytes32)");

    /**
     * What a review previews is what is signed: the drafted transaction is the one the device signs
     * and the history keeps; a draft made stale by another transaction, or used for another call, is refused unsigned.
     */
    @Test
    void aDraftedTransactionIsSignedAsReviewedAndAStaleOrForeignOneIsRefused(Devnet devnet, @TempDir Path dir) {
        ChainClient client = devnet.client();
        Address governor = devnet.deployment().governor();
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            SignedItems items = new SignedItems(history);
            DeviceTransactions tx = new DeviceTransactions(client, items);
            GovernorActions actions = new GovernorActions(tx, governor);
            Address token = new GovernorReader(client, governor).setup().token();
            Account holder = Account.of(SimulatedDevices.ledger(SimulatedSeed.demo(), new SimulatedBehaviour()), DerivationPath.bip44(3));

            PreparedCall delegate = actions.delegate(token, holder.address());
            org.steward.core.sign.TransactionRequest drafted = actions.draft(delegate, holder);
            assertThat(drafted.transaction().to()).contains(token);
            actions.send(delegate, holder, drafted, DevicePrompts.NONE);
            assertThat(items.recent(1).get(0).digest()).as("the history keeps the transaction the review drafted").isEqualTo(drafted.digest().hex());

            PreparedCall again = actions.delegate(token, holder.address());
            org.steward.core.sign.TransactionRequest stale = actions.draft(again, holder);
            tx.send(holder, token, AbiCalls.encode(Erc20Functions.TRANSFER, List.of(holder.address().lowerHex(), "0")), "transfer", DevicePrompts.NONE);
            int signed = items.recent(10).size();
            assertThatThrownBy(() -> actions.send(again, holder, stale, DevicePrompts.NONE)).isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("another transaction was sent since the review").hasMessageContaining("nothing was signed");
            PreparedCall other = actions.delegate(token, governor);
            assertThatThrownBy(() -> actions.send(other, holder, actions.draft(again, holder), DevicePrompts.NONE))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("not the call being signed");
            assertThat(items.recent(10)).as("nothing was signed or stored for the refused drafts").hasSize(signed);
        }
    }

    @Test
    void delegateProposeVoteQueueAndExecuteSignedOnDevices(Devnet devnet, @TempDir Path dir) {
        ChainClient client = devnet.client();
        Address governor = devnet.deployment().governor();
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            DeviceTransactions tx = new DeviceTransactions(client, new SignedItems(history));
            GovernorReader reader = new GovernorReader(client, governor);
            GovernorActions actions = new GovernorActions(tx, governor);
            GovernorReader.Setup setup = reader.setup();
            assertThat(setup.token()).isEqualTo(devnet.deployment().token());
            assertThat(setup.timelock()).isEqualTo(devnet.deployment().timelock());
            assertThat(setup.timestampClock()).isFalse();

            SimulatedSeed seed = SimulatedSeed.demo();
            Account holder0 = Account.of(SimulatedDevices.ledger(seed, new SimulatedBehaviour()), DerivationPath.bip44(0));
            Account holder1 = Account.of(SimulatedDevices.oneKey(seed, new SimulatedBehaviour()), DerivationPath.bip44(1));
            Account holder2 = Account.of(SimulatedDevices.ledger(seed, new SimulatedBehaviour()), DerivationPath.bip44(2));
            Account newcomer = Account.of(SimulatedDevices.ledger(seed, new SimulatedBehaviour()), DerivationPath.bip44(5));

            tx.send(holder0, setup.token(), AbiCalls.encode(Erc20Functions.TRANSFER, List.of(newcomer.address().lowerHex(), "1000")),
                    "transfer", DevicePrompts.NONE);
            VoterPosition before = reader.position(setup.token(), newcomer.address(), null);
            assertThat(before.undelegated()).isTrue();
            assertThat(before.currentVotes()).isZero();
            assertThat(before.undelegatedWarning("1000 STW")).startsWith("Your 1000 STW are not delegated");

            PreparedCall delegate = actions.delegate(setup.token(), newcomer.address());
            assertThat(delegate.decoded()).isEqualTo("delegate(address delegatee)\n  delegatee (address): " + newcomer.address().checksummed());
            actions.send(delegate, newcomer, DevicePrompts.NONE);
            VoterPosition after = reader.position(setup.token(), newcomer.address(), null);
            assertThat(after.delegate()).isEqualTo(newcomer.address());
            assertThat(after.currentVotes()).isEqualTo(BigInteger.valueOf(1000));
            assertThat(after.undelegated()).isFalse();

            ProposalDraft draft = new ProposalDraft(List.of(new ProposalAction(setup.timelock(), BigInteger.ZERO,
                    AbiCalls.encode(UPDATE_DELAY, List.of("7200")))), "# Lengthen the timelock\n\nTo two hours.");
            byte[] onChainId = client.call(governor, AbiCalls.encode(HASH_PROPOSAL, List.of("[\"" + setup.timelock().lowerHex() + "\"]", "[0]",
                    "[\"" + org.steward.core.eth.Hex.encode(draft.actions().get(0).calldata()) + "\"]", draft.descriptionHash().hex())));
            assertThat(new BigInteger(1, onChainId)).as("Governor.hashProposal").isEqualTo(draft.proposalId());
            actions.send(actions.propose(draft), holder1, DevicePrompts.NONE);
            assertThat(reader.status(draft.proposalId()).state()).isEqualTo(ProposalState.PENDING);

            devnet.mine(devnet.options().votingDelayBlocks() + 1);
            actions.send(actions.vote(draft.proposalId(), VoteSupport.FOR, "Two hours gives signers time to react."), holder0, DevicePrompts.NONE);
            actions.send(actions.vote(draft.proposalId(), VoteSupport.FOR, ""), holder1, DevicePrompts.NONE);
            actions.send(actions.vote(draft.proposalId(), VoteSupport.AGAINST, ""), holder2, DevicePrompts.NONE);
            assertThatThrownBy(() -> actions.send(actions.vote(draft.proposalId(), VoteSupport.FOR, ""), holder0, DevicePrompts.NONE))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("already voted");

            ProposalStatus active = reader.status(draft.proposalId());
            assertThat(active.state()).isEqualTo(ProposalState.ACTIVE);
            assertThat(active.forVotes()).isGreaterThan(active.againstVotes());
            VoterPosition voter = reader.position(setup.token(), holder0.address(), active);
            assertThat(voter.hasVoted()).isTrue();
            assertThat(voter.votesAtSnapshot()).isEqualTo(voter.currentVotes()).isPositive();
            assertThat(active.forVotes()).isEqualTo(voter.votesAtSnapshot().add(reader.position(setup.token(), holder1.address(), active).votesAtSnapshot()));

            GovernorStore store = new GovernorStore(history, client.network().chainId(), governor);
            GovernorIndexer indexer = new GovernorIndexer(new RpcLogSource(client), store, governor, 0, 0, 1_000);
            indexer.catchUp(Progress.NONE);
            assertThat(store.proposals()).singleElement().satisfies(p -> {
                assertThat(p.proposalId()).isEqualTo(draft.proposalId());
                assertThat(ProposalDraft.of(p)).isEqualTo(draft);
                assertThat(p.proposer()).isEqualTo(holder1.address());
            });
            assertThat(store.events(draft.proposalId())).filteredOn(e -> e instanceof GovernorEvent.VoteCast).hasSize(3)
                    .anySatisfy(e -> assertThat(((GovernorEvent.VoteCast) e).reason()).isEqualTo("Two hours gives signers time to react."));

            devnet.mine(devnet.options().votingPeriodBlocks() + 1);
            assertThat(reader.status(draft.proposalId()).state()).isEqualTo(ProposalState.SUCCEEDED);
            actions.send(actions.queue(draft), holder2, DevicePrompts.NONE);
            ProposalStatus queued = reader.status(draft.proposalId());
            assertThat(queued.state()).isEqualTo(ProposalState.QUEUED);
            assertThat(queued.etaSeconds()).isPresent();
            assertThatThrownBy(() -> actions.send(actions.execute(draft), holder2, DevicePrompts.NONE))
                    .isInstanceOf(UserFacingException.class).hasMessageContaining("not ready");

            devnet.increaseTime(devnet.options().timelockDelaySeconds() + 1);
            actions.send(actions.execute(draft), holder2, DevicePrompts.NONE);
            assertThat(reader.status(draft.proposalId()).state()).isEqualTo(ProposalState.EXECUTED);
            assertThat(new BigInteger(1, client.call(setup.timelock(), AbiCalls.encode(AbiFunction.parse("getMinDelay()"), List.of()))))
                    .isEqualTo(BigInteger.valueOf(7200));

            long checkpoint = store.checkpoint().orElseThrow();
            GovernorIndexer resumed = new GovernorIndexer(new RpcLogSource(client), store, governor, 0, 0, 1_000);
            assertThat(resumed.catchUp(Progress.NONE).read().fromBlock()).isEqualTo(checkpoint + 1);
            assertThat(store.events(draft.proposalId())).extracting(e -> e.getClass().getSimpleName())
                    .containsSubsequence("VoteCast", "VoteCast", "VoteCast", "Queued", "Executed");
        }
    }
}
