package org.steward.app.devices;

import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainException;
import org.steward.core.eth.Address;
import org.steward.core.eth.Wei;
import org.steward.core.net.Network;

/**
 * Balances from the profile's network through {@link ChainClient}, connecting (and so checking
 * the chain id) on first use and again after a failure, so a node that comes back is used by the
 * next refresh.
 */
public final class ChainBalances implements BalanceSource, AutoCloseable {

    private final Network network;
    private ChainClient client;

    public ChainBalances(Network network) {
        this.network = network;
    }

    @Override
    public Wei balance(Address account) {
        ChainClient c = connected();
        try {
            return c.balance(account);
        } catch (ChainException e) {
            drop(c);
            throw e;
        }
    }

    private synchronized ChainClient connected() {
        if (client == null) {
            client = ChainClient.connect(network);
        }
        return client;
    }

    private synchronized void drop(ChainClient c) {
        if (client == c) {
            client = null;
            c.close();
        }
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
