package org.steward.app.devices;

import org.steward.core.chain.ChainConnection;
import org.steward.core.eth.Address;
import org.steward.core.eth.Wei;

/**
 * Balances on the profile's connection, which connects (and so checks the chain id) on first use
 * and again after a failure, so a node that comes back is used by the next refresh.
 */
public final class ChainBalances implements BalanceSource {

    private final ChainConnection chain;

    public ChainBalances(ChainConnection chain) {
        this.chain = chain;
    }

    @Override
    public Wei balance(Address account) {
        return chain.use(c -> c.balance(account));
    }
}
