package org.steward.app.cli.registry;

import org.steward.core.UserFacingException;
import org.steward.app.cli.options.RpcOption;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import picocli.CommandLine.Option;

/** The options every registry command shares: which RPC, which registry. The chain is whatever the RPC serves. */
final class RegistryTarget {

    @Option(names = "--rpc", required = true, paramLabel = "URL", description = "JSON-RPC endpoint of the chain the registry is on.")
    String rpc;

    @Option(names = "--registry", required = true, paramLabel = "ADDR", description = "Address of the ModelRegistry contract.")
    String registry;

    @Option(names = "--chain-id", paramLabel = "N", description = "The chain the registry is on; an RPC serving another chain is refused.")
    String chainId;

    Address registry() {
        try {
            return Address.parse(registry);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--registry \"" + registry + "\" is not a usable address: write it as 0x followed by 40 hex digits, "
                    + "copied from its source.", e);
        }
    }

    /** Connects to the RPC as a network of the chain id it reports (eth_chainId), which must be --chain-id's when given. */
    ChainClient connect() {
        return RpcOption.connect(rpc, RpcOption.chainId(chainId));
    }
}
