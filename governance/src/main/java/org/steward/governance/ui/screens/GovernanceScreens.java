package org.steward.governance.ui.screens;

import java.math.BigInteger;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.steward.core.abi.Erc20Functions;
import org.steward.core.chain.DeviceTransactions;
import org.steward.core.history.SignedItems;
import org.steward.core.net.DaoProfile;
import org.steward.core.net.Secret;
import org.steward.core.notify.Changes;
import org.steward.governance.domain.governor.CallTargets;
import org.steward.governance.domain.governor.KnownCalls;
import org.steward.governance.domain.hub.HubProposal;
import org.steward.governance.service.HubSnapshotSource;
import org.steward.governance.service.SnapshotEndpoints;
import org.steward.governance.service.SnapshotHubClient;
import org.steward.governance.service.SnapshotSequencerClient;
import org.steward.governance.service.SnapshotVoting;
import org.steward.governance.service.governor.ChainGovernorSource;
import org.steward.governance.ui.MyVotesView;
import org.steward.governance.ui.MyVotesViewModel;
import org.steward.governance.ui.ProposalListView;
import org.steward.governance.ui.ProposalListViewModel;
import org.steward.governance.ui.VoteDialog;
import org.steward.governance.ui.VoteViewModel;
import org.steward.governance.ui.VotingAccount;
import org.steward.governance.ui.governor.GovernorWorkspace;
import org.steward.simulation.ChainSession;
import org.steward.ui.FxScheduler;
import org.steward.ui.screen.ScreenContext;

/**
 * The governance screen: Snapshot and the on-chain Governor side by side in tabs (either alone
 * when the profile names only one), with My votes, and the vote dialog. Built once per profile window.
 */
public final class GovernanceScreens {

    /** How many signed items My votes looks through. */
    private static final int MY_VOTES_HISTORY = 5_000;

    private final ScreenContext context;
    private final ChainSession chain;
    private TabPane tabs;
    private SnapshotHubClient snapshotHub;
    private HubSnapshotSource snapshotSource;
    private ProposalListViewModel snapshotModel;
    private GovernorWorkspace governorWorkspace;

    public GovernanceScreens(ScreenContext context, ChainSession chain) {
        this.context = context;
        this.chain = chain;
    }

    /** The screen, or empty when the profile names neither a Snapshot space nor a Governor. */
    public Optional<Parent> build() {
        Optional<Parent> snapshot = snapshot();
        Optional<Parent> governor = governor();
        if (snapshot.isEmpty() && governor.isEmpty()) {
            return Optional.empty();
        }
        tabs = new TabPane();
        snapshot.ifPresent(node -> tabs.getTabs().add(new Tab("Snapshot", node)));
        governor.ifPresent(node -> tabs.getTabs().add(new Tab("On-chain Governor", node)));
        MyVotesViewModel myVotes = new MyVotesViewModel(() -> new SignedItems(context.history()).recent(MY_VOTES_HISTORY),
                snapshotSource, this::voterAddress, context.runner());
        context.follow(Changes.Topic.HISTORY, id -> myVotes.refresh());
        tabs.getTabs().add(new Tab("My votes", new MyVotesView(myVotes).root()));
        tabs.getTabs().forEach(t -> t.setClosable(false));
        return Optional.of(tabs);
    }

    /** Opens the Snapshot proposal {@code id} in its tab. */
    public void revealSnapshot(String id) {
        if (snapshotModel != null) {
            select("Snapshot");
            snapshotModel.open(id);
        }
    }

    /** Opens the Governor proposal {@code id} in its tab. */
    public void revealGovernor(BigInteger id) {
        if (governorWorkspace != null) {
            select("On-chain Governor");
            governorWorkspace.openProposal(id);
        }
    }

    private void select(String text) {
        tabs.getTabs().stream().filter(t -> t.getText().equals(text)).findFirst().ifPresent(tabs.getSelectionModel()::select);
    }

    /** The Snapshot proposals of the profile's space, when the profile names a hub and a space. */
    private Optional<Parent> snapshot() {
        DaoProfile profile = context.profile();
        if (profile.hubUrl().isEmpty() || profile.snapshotSpace().isEmpty()) {
            return Optional.empty();
        }
        AtomicReference<Consumer<String>> hubStatus = new AtomicReference<>(text -> { });
        snapshotHub = new SnapshotHubClient(profile.hubUrl().get(), snapshotKey(), text -> hubStatus.get().accept(text));
        snapshotSource = new HubSnapshotSource(snapshotHub, profile.snapshotSpace().get());
        snapshotModel = new ProposalListViewModel(snapshotSource, context.runner(), this::voterAddress, new FxScheduler());
        context.follow(Changes.Topic.SNAPSHOT_VOTE, snapshotModel::voted);
        hubStatus.set(snapshotModel.hubStatusSink());
        return Optional.of(new ProposalListView(snapshotModel, context::openLink, this::openVote).root());
    }

    /** The Governor's proposals, delegation and proposal builder, when the profile names a Governor. */
    private Optional<Parent> governor() {
        DaoProfile profile = context.profile();
        return profile.governor().map(governor -> {
            ChainGovernorSource source = new ChainGovernorSource(chain, governor, context.history(), context::signer);
            // Each function on the contract it belongs to, so picking a token function points the action at the token.
            CallTargets calls = CallTargets.none().and(KnownCalls.REGISTRY, profile.registry(), "the model registry")
                    .and(Erc20Functions.all(), profile.token(), "the governance token").and(KnownCalls.TIMELOCK, profile.timelock(), "the timelock")
                    .and(KnownCalls.GOVERNOR, Optional.of(governor), "the Governor");
            governorWorkspace = new GovernorWorkspace(source, context.runner(), new FxScheduler(), context::nowSeconds,
                    context::prompts, context::openLink, calls);
            GovernorWorkspace workspace = governorWorkspace;
            workspace.afterAction(() -> {
                context.publish(Changes.Topic.GOVERNOR, governor.checksummed());
                context.publish(Changes.Topic.HISTORY, governor.checksummed());
            });
            context.follow(Changes.Topic.GOVERNOR, id -> workspace.reload());
            return workspace.root();
        });
    }

    /** The vote dialog, signing with the profile's signing account. */
    private void openVote(HubProposal proposal) {
        SnapshotVoting voting = new SnapshotVoting(new SnapshotSequencerClient(
                SnapshotEndpoints.sequencerFor(context.profile().hubUrl().orElseThrow()), snapshotKey(), status -> { }),
                new SignedItems(context.history()));
        VoteViewModel vote = new VoteViewModel(proposal, this::votingAccount, voting, context.prompts(), context.runner(),
                snapshotHub::serverNow);
        vote.onVoted(id -> {
            context.publish(Changes.Topic.SNAPSHOT_VOTE, id);
            context.publish(Changes.Topic.HISTORY, id);
        });
        new VoteDialog(vote).withAccountChooser(over -> context.chooseAccount(over, vote::accountChanged)).show(context.owner());
    }

    /** The account that signs votes, checked on its device; blocking. */
    private VotingAccount votingAccount() {
        DeviceTransactions.Account account = context.signer();
        return new VotingAccount(account.signer(), account.path(), account.address());
    }

    private Optional<String> voterAddress() {
        return Optional.of(context.signerAddress().checksummed());
    }

    private String snapshotKey() {
        return context.profile().snapshotApiKey().map(Secret::reveal).orElse(null);
    }
}
