package org.steward.app.cli.registry;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.steward.core.UserFacingException;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.net.Network;
import org.steward.core.net.Networks;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import picocli.CommandLine.Option;

/** The options every registry command shares: which RPC, which registry. The chain is whatever the RPC serves. */
final class RegistryTarget {

    @Option(names = "--rpc", required = true, paramLabel = "URL", description = "JSON-RPC endpoint of the chain the registry is on.")
    String rpc;

    @Option(names = "--registry", required = true, paramLabel = "ADDR", description = "Address of the ModelRegistry contract.")
    String registry;

    Address registry() {
        try {
            return Address.parse(registry);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--registry \"" + registry + "\" is not a usable address: write it as 0x followed by 40 hex digits, "
                    + "copied from its source.", e);
        }
    }

    /** Connects to the RPC as a network of the chain id it reports (eth_chainId), so any chain works. */
    ChainClient connect() {
        URI url = url();
        Web3j probe = Web3j.build(new HttpService(url.toString()));
        ChainId chainId;
        try {
            chainId = ChainId.of(probe.ethChainId().send().getChainId().longValueExact());
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("Cannot reach the RPC at " + url + " (" + e.getMessage() + "): check the URL and that the node is running.", e);
        } finally {
            probe.shutdown();
        }
        boolean local = chainId.equals(Networks.DEVNET_CHAIN_ID);
        return ChainClient.connect(new Network("rpc", "Chain " + chainId.value(), chainId, "ETH", List.of(url), null, local));
    }

    private URI url() {
        try {
            URI url = URI.create(rpc.strip());
            if (url.getScheme() == null || !url.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("not http(s)");
            }
            return url;
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--rpc \"" + rpc + "\" is not an HTTP URL: give the node's JSON-RPC address, such as http://127.0.0.1:8545.", e);
        }
    }
}
