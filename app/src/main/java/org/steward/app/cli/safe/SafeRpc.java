package org.steward.app.cli.safe;

import java.util.List;
import org.steward.app.cli.options.RpcOption;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.Address;
import org.steward.treasury.domain.SafeDomain;
import org.steward.treasury.service.SafeReader;

/**
 * Opens a {@code --rpc} URL as a network of whatever chain it serves, so the Safe commands work on
 * any chain. The offline commands reach web3j only through here, so their cold start never loads it.
 */
final class SafeRpc {

    private SafeRpc() {
    }

    /** The Safe's EIP-712 domain with the version it reports and the chain the RPC serves. */
    static SafeDomain domain(String rpc, String chainId, Address safe) {
        try (ChainClient client = connect(rpc, chainId)) {
            return new SafeReader(client).read(safe, List.of()).domain();
        }
    }

    /** @param chainId the --chain-id option, or null: when given, an RPC of another chain is refused */
    static ChainClient connect(String rpc, String chainId) {
        return RpcOption.connect(rpc, RpcOption.chainId(chainId));
    }
}
