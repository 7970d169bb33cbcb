package org.steward.treasury.ui;

import java.util.List;
import javafx.scene.Parent;
import org.steward.core.abi.AbiFunction;
import org.steward.core.eth.Address;
import org.steward.core.net.DaoProfile;
import org.steward.core.notify.Changes;
import org.steward.simulation.ChainSession;
import org.steward.treasury.service.SafeReader;
import org.steward.treasury.service.TreasuryDesk;
import org.steward.ui.screen.ScreenContext;

/**
 * The treasury screen: the Safe's overview, transaction building, the nonce queue with its
 * review, the timelock and the history, every signature made on the device. Built once per
 * profile window; after every action the overview and History follow.
 */
public final class TreasuryScreens {

    private final ScreenContext context;
    private final ChainSession chain;
    private TreasuryWorkspace workspace;

    public TreasuryScreens(ScreenContext context, ChainSession chain) {
        this.context = context;
        this.chain = chain;
    }

    /** @param callFunctions what the contract-call builder offers besides plain transfers */
    public Parent build(Address safe, List<AbiFunction> callFunctions) {
        DaoProfile profile = context.profile();
        List<Address> tokens = profile.token().stream().toList();
        SafeOverviewViewModel overviewModel = new SafeOverviewViewModel(() -> new SafeReader(chain.client()).read(safe, tokens),
                chain.tokens(context.history())::of, context.runner());
        context.follow(Changes.Topic.SAFE, s -> overviewModel.refresh());
        TreasuryDesk desk = new TreasuryDesk(chain, safe, tokens, context.history(), context::signer);
        TreasuryModels models = TreasuryModels.over(desk, context.runner(), context::prompts, profile.timelock());
        models.session().afterAction(() -> {
            context.publish(Changes.Topic.SAFE, safe.checksummed());
            context.publish(Changes.Topic.HISTORY, safe.checksummed());
        });
        profile.txService().ifPresent(url -> models.service().serviceUrl().set(url.toString()));
        profile.txServiceApiKey().ifPresent(key -> models.service().serviceKey().set(key.reveal()));
        workspace = new TreasuryWorkspace(new SafeOverviewView(overviewModel).root(), models, callFunctions);
        return workspace.root();
    }

    /** Opens the queued transaction {@code safeTxHash}. */
    public void revealQueued(String safeTxHash) {
        if (workspace != null) {
            workspace.openQueued(safeTxHash);
        }
    }

    /** Opens the timelock's operations. */
    public void revealTimelock() {
        if (workspace != null) {
            workspace.openTimelock();
        }
    }
}
