package org.steward.app.cli;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.steward.core.UserFacingException;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.ChainId;
import org.steward.core.net.Network;
import org.steward.core.net.Networks;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

/**
 * A command's {@code --rpc URL} when no profile names the chain: the chain is whatever the node
 * reports (eth_chainId), so scripted commands work against any RPC.
 */
public final class RpcOption {

    private RpcOption() {
    }

    public static ChainClient connect(String rpc) {
        URI url = parse(rpc);
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

    static URI parse(String rpc) {
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
