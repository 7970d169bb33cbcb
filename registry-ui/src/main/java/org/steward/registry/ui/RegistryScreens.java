package org.steward.registry.ui;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.steward.core.eth.Address;
import org.steward.core.net.DaoProfile;
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

    /** A Governor proposal builder as the registry uses it: its view, and how a draft is loaded into it. */
    public record ProposalTab(Node view, Consumer<ProposalDraft> load) {
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
        RegistryView table = new RegistryView(new RegistryViewModel(
                new ChainRegistrySource(chain.connection(), context.history(), registry), context.runner()));
        RegistryDesk desk = new RegistryDesk(chain, context.history(), registry, profile.governor(), profile.timelock(), context::signer);
        AtomicReference<RegistryWorkspace> workspace = new AtomicReference<>();
        Optional<ProposalTab> builder = desk.governorSource().map(proposalTabs);
        RegistryWorkspaceViewModel model = new RegistryWorkspaceViewModel(desk, context.runner(), context::nowSeconds, context::prompts,
                draft -> builder.ifPresent(tab -> {
                    tab.load().accept(draft);
                    workspace.get().showProposalTab();
                }));
        workspace.set(new RegistryWorkspace(table, model, builder.map(ProposalTab::view).orElse(null)));
        return workspace.get().root();
    }
}
