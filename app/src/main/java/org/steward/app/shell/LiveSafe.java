package org.steward.app.shell;

import java.util.List;
import java.util.function.Supplier;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.net.Network;
import org.steward.treasury.domain.SafeState;
import org.steward.treasury.service.SafeReader;

/** Reads the profile's Safe; the RPC is opened (and its chain id checked) on the first read. Blocking. */
final class LiveSafe implements Supplier<SafeState>, AutoCloseable {

    private final Network network;
    private final Address safe;
    private final List<Address> tokens;
    private ChainClient client;

    LiveSafe(Network network, Address safe, List<Address> tokens) {
        this.network = network;
        this.safe = safe;
        this.tokens = List.copyOf(tokens);
    }

    @Override
    public synchronized SafeState get() {
        if (client == null) {
            client = ChainClient.connect(network);
        }
        return new SafeReader(client).read(safe, tokens);
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
