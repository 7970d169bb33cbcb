package org.steward.registry.service;

import java.util.List;
import java.util.Optional;
import org.steward.core.token.TokenInfo;
import org.steward.core.task.Progress;
import org.steward.registry.domain.ModelView;

/** Where the registry screen gets its data: the local copy at once, then a refresh from the chain. Blocking. */
public interface RegistrySource {

    /** The rows as last stored, with no network. */
    List<ModelView> cachedRows(long now);

    /** Index new events and read the models' current state. */
    RegistrySync.Snapshot refresh(Progress progress);

    /** The registry token's name, symbol and decimals as of the last refresh; empty before it or when the token did not say. No network. */
    default Optional<TokenInfo> tokenInfo() {
        return Optional.empty();
    }
}
