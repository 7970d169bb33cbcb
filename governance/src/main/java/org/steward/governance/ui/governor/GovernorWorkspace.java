package org.steward.governance.ui.governor;

import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.steward.core.sign.DevicePrompts;
import org.steward.core.task.TaskRunner;
import org.steward.governance.domain.governor.CallTargets;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.governance.service.governor.GovernorSource;
import org.steward.ui.UiScheduler;

/** The Governor's pages in tabs: proposals, delegation, and the proposal builder other screens can open pre-filled. */
public final class GovernorWorkspace {

    private final TabPane tabs = new TabPane();
    private final Tab builderTab;
    private final ProposalBuilderViewModel builder;
    private final GovernorViewModel proposalsModel;
    private final Tab proposalsTab;
    private final DelegationViewModel delegationModel;

    public GovernorWorkspace(GovernorSource source, TaskRunner runner, UiScheduler scheduler, LongSupplier nowSeconds,
                             Supplier<DevicePrompts> prompts, Consumer<String> openLink, CallTargets builderCalls) {
        builder = new ProposalBuilderViewModel(source, runner, prompts, builderCalls);
        proposalsModel = new GovernorViewModel(source, runner, scheduler, nowSeconds, prompts);
        Tab proposals = new Tab("Proposals", new GovernorView(proposalsModel, openLink).root());
        proposalsTab = proposals;
        delegationModel = new DelegationViewModel(source, runner, prompts);
        Tab delegation = new Tab("Delegation", new DelegationView(delegationModel).root());
        builderTab = new Tab("New proposal", new ProposalBuilderView(builder).root());
        tabs.getTabs().addAll(proposals, delegation, builderTab);
        tabs.getTabs().forEach(t -> t.setClosable(false));
        tabs.setId("governor-workspace");
    }

    /** Runs after any transaction sent from these pages is mined: a vote, queue, execute, delegation or proposal. */
    public void afterAction(Runnable action) {
        proposalsModel.afterAction(action);
        delegationModel.afterAction(action);
        builder.afterAction(action);
    }

    /** Reads the proposals and the delegation again, after an action here or on another screen changed them. */
    public void reload() {
        proposalsModel.reload();
        delegationModel.refresh();
    }

    public TabPane root() {
        return tabs;
    }

    /** Shows proposal {@code id}, for a notification or a history entry that leads to it. */
    public void openProposal(java.math.BigInteger id) {
        tabs.getSelectionModel().select(proposalsTab);
        proposalsModel.open(id);
    }

    /** Opens the builder with {@code draft} loaded, for a proposal another screen prepared. */
    public void openBuilder(ProposalDraft draft) {
        builder.load(draft);
        tabs.getSelectionModel().select(builderTab);
    }
}
