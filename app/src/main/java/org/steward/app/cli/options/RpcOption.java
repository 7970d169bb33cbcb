package org.steward.app.cli.options;

import java.math.BigInteger;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.steward.core.UserFacingException;
import org.steward.core.chain.ChainClient;
import org.steward.core.eth.ChainId;
import org.steward.core.net.Network;
import org.steward.core.net.Networks;
import org.steward.core.net.Redact;

/**
 * A command's {@code --rpc URL} when no profile names the chain: the chain is whatever the node
 * reports (eth_chainId), so scripted commands work against any RPC; with {@code --chain-id} the
 * node must serve that chain, as a profile's chain is checked in the GUI.
 */
public final class RpcOption {

    private RpcOption() {
    }

    public static ChainClient connect(String rpc) {
        return connect(rpc, Optional.empty());
    }

    /** @param expected the chain the person named (--chain-id); a node serving another one is refused */
    public static ChainClient connect(String rpc, Optional<ChainId> expected) {
        URI url = parse(rpc);
        ChainId chainId = ChainClient.chainIdAt(url);
        if (expected.isPresent() && !expected.get().equals(chainId)) {
            throw new UserFacingException("The RPC at " + Redact.url(url) + " serves chain " + chainId.value() + ", not chain "
                    + expected.get().value() + " as --chain-id says: use an RPC of chain " + expected.get().value() + ", or check --chain-id.");
        }
        boolean local = chainId.equals(Networks.DEVNET_CHAIN_ID);
        return ChainClient.connect(new Network("rpc", "Chain " + chainId.value(), chainId, "ETH", List.of(url), null, local));
    }

    /** A {@code --chain-id} value: a positive decimal that fits a chain id. */
    public static Optional<ChainId> chainId(String option) {
        if (option == null) {
            return Optional.empty();
        }
        try {
            BigInteger n = new BigInteger(option.strip());
            if (n.signum() > 0 && n.bitLength() <= 63) {
                return Optional.of(ChainId.of(n.longValueExact()));
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UserFacingException("--chain-id \"" + Redact.message(option) + "\" is not a chain id: give a positive decimal number, "
                + "such as 1 for Ethereum or 31337 for the devnet.");
    }

    static URI parse(String rpc) {
        try {
            URI url = URI.create(rpc.strip());
            if (url.getScheme() == null || !url.getScheme().startsWith("http") || url.getHost() == null) {
                throw new IllegalArgumentException("not http(s)");
            }
            return url;
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--rpc \"" + Redact.message(rpc) + "\" is not an HTTP URL: give the node's JSON-RPC address, "
                    + "such as http://127.0.0.1:8545.", e);
        }
    }
}
