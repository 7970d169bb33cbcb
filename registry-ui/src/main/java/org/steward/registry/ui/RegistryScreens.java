package org.steward.registry.ui;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import org.steward.core.eth.Address;
import org.steward.core.net.DaoProfile;
import org.steward.governance.domain.governor.KnownCalls;
import org.steward.governance.ui.governor.ProposalBuilderView;
import org.steward.governance.ui.governor.ProposalBuilderViewModel;
import org.steward.simulation.ChainSession;
import org.steward.ui.screen.ScreenContext;

/**
 * The registry screen: the table with model pages, disputes, parameters, the emergency brake and
 * the actions; "propose slash / parameter change" fills a Governor proposal builder in the same
 * workspace. Built once per profile window.
 */
public final class RegistryScreens {

    private final ScreenContext context;
    private final ChainSession chain;

    public RegistryScreens(ScreenContext context, ChainSession chain) {
        this.context = context;
        this.chain = chain;
    }

    public Parent build(Address registry) {
        DaoProfile profile = context.profile();
        RegistryView table = new RegistryView(new RegistryViewModel(
                new ChainRegistrySource(chain.connection(), context.history(), registry), context.runner()));
        RegistryDesk desk = new RegistryDesk(chain, context.history(), registry, profile.governor(), profile.timelock(), context::signer);
        AtomicReference<RegistryWorkspace> workspace = new AtomicReference<>();
        ProposalBuilderViewModel builder = desk.governorSource()
                .map(source -> new ProposalBuilderViewModel(source, context.runner(), context::prompts, KnownCalls.REGISTRY, registry))
                .orElse(null);
        RegistryWorkspaceViewModel model = new RegistryWorkspaceViewModel(desk, context.runner(), context::nowSeconds, context::prompts,
                draft -> {
                    if (builder != null) {
                        builder.load(draft);
                        workspace.get().showProposalTab();
                    }
                });
        workspace.set(new RegistryWorkspace(table, model, builder == null ? null : new ProposalBuilderView(builder).root()));
        return workspace.get().root();
    }
}
