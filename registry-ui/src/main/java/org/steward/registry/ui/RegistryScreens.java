package org.steward.registry.ui;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.steward.core.eth.Address;
import org.steward.core.net.DaoProfile;
import org.steward.core.notify.Changes;
import org.steward.governance.domain.governor.ProposalDraft;
import org.steward.governance.service.governor.GovernorSource;
import org.steward.registry.service.ChainRegistrySource;
import org.steward.registry.service.RegistryDesk;
import org.steward.simulation.ChainSession;
import org.steward.ui.screen.ScreenContext;

/**
 * The registry screen: the table with model pages, disputes, parameters, the emergency brake and
 * the actions; "propose slash / parameter change" fills a Governor proposal builder in the same
 * workspace. Built once per profile window.
 */
public final class RegistryScreens {

    /**
     * A Governor proposal builder as the registry uses it: its view, how a draft is loaded into it,
     * and how it is told what to run once its proposal is mined.
     */
    public record ProposalTab(Node view, Consumer<ProposalDraft> load, Consumer<Runnable> afterAction) {
    }

    private final ScreenContext context;
    private final ChainSession chain;

    public RegistryScreens(ScreenContext context, ChainSession chain) {
        this.context = context;
        this.chain = chain;
    }

    /**
     * @param proposalTabs builds the proposal builder on the profile's Governor; the shell provides it,
     *                     because the builder is governance's screen
     */
    public Parent build(Address registry, Function<GovernorSource, ProposalTab> proposalTabs) {
        DaoProfile profile = context.profile();
        RegistryViewModel tableModel = new RegistryViewModel(new ChainRegistrySource(chain, context.history(), registry),
                context.runner());
        RegistryView table = new RegistryView(tableModel);
        RegistryDesk desk = new RegistryDesk(chain, context.history(), registry, profile.governor(), profile.timelock(), context::signer);
        AtomicReference<RegistryWorkspace> workspace = new AtomicReference<>();
        Optional<ProposalTab> builder = desk.governorSource().map(proposalTabs);
        RegistryWorkspaceViewModel model = new RegistryWorkspaceViewModel(desk, context.runner(), context::nowSeconds, context::prompts,
                draft -> builder.ifPresent(tab -> {
                    tab.load().accept(draft);
                    workspace.get().showProposalTab();
                }));
        model.afterAction(() -> published(Changes.Topic.REGISTRY, registry));
        context.follow(Changes.Topic.REGISTRY, id -> {
            tableModel.refresh();
            model.refresh();
        });
        // The disputes link to the Governor's proposals that decide them.
        context.follow(Changes.Topic.GOVERNOR, id -> model.refresh());
        builder.ifPresent(tab -> tab.afterAction().accept(() -> published(Changes.Topic.GOVERNOR, registry)));
        workspace.set(new RegistryWorkspace(table, model, builder.map(ProposalTab::view).orElse(null)));
        return workspace.get().root();
    }

    /** An action's result is on chain: the views of {@code topic} and the History read again. */
    private void published(Changes.Topic topic, Address registry) {
        context.publish(topic, registry.checksummed());
        context.publish(Changes.Topic.HISTORY, registry.checksummed());
    }
}
