package org.steward.core.net;

import java.net.URI;
import java.util.List;
import org.steward.core.eth.ChainId;

/**
 * A chain Steward can talk to: its id, a display name, the RPC endpoints in fallback order and
 * a block explorer. {@code local} marks a development chain (the devnet) so the UI can say so.
 */
public record Network(String key, String name, ChainId chainId, String currency, List<URI> rpcUrls, URI explorer, boolean local) {

    public Network {
        rpcUrls = List.copyOf(rpcUrls);
        if (rpcUrls.isEmpty()) {
            throw new IllegalArgumentException("network " + key + " needs at least one RPC URL");
        }
    }

    /** How this network's logs are read; every index of the chain uses it. */
    public LogReading logReading() {
        return local ? LogReading.LOCAL : LogReading.PUBLIC;
    }

    public Network withRpcUrls(List<URI> urls) {
        return new Network(key, name, chainId, currency, urls, explorer, local);
    }

    /** RPC URLs shown redacted: a provider's key often sits in the path. */
    @Override
    public String toString() {
        return "Network[" + key + ", chain " + chainId.value() + ", " + rpcUrls.stream().map(Redact::url).toList() + "]";
    }
}
