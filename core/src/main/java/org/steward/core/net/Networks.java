package org.steward.core.net;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.steward.core.eth.ChainId;

/** Built-in network presets. Public RPCs are rate-limited: users are expected to add their own. */
public final class Networks {

    public static final ChainId DEVNET_CHAIN_ID = ChainId.of(31337);

    public static final Network ETHEREUM = preset("ethereum", "Ethereum", 1, "ETH", "https://ethereum-rpc.publicnode.com", "https://etherscan.io");
    public static final Network ARBITRUM = preset("arbitrum", "Arbitrum One", 42161, "ETH", "https://arb1.arbitrum.io/rpc", "https://arbiscan.io");
    public static final Network BASE = preset("base", "Base", 8453, "ETH", "https://mainnet.base.org", "https://basescan.org");
    public static final Network OPTIMISM = preset("optimism", "OP Mainnet", 10, "ETH", "https://mainnet.optimism.io", "https://optimistic.etherscan.io");
    public static final Network SEPOLIA = preset("sepolia", "Sepolia", 11155111, "ETH", "https://ethereum-sepolia-rpc.publicnode.com", "https://sepolia.etherscan.io");

    private static final List<Network> PRESETS = List.of(ETHEREUM, ARBITRUM, BASE, OPTIMISM, SEPOLIA);

    private Networks() {
    }

    /** The local devnet: anvil's chain id, on whatever loopback port it was started. */
    public static Network devnet(URI rpcUrl) {
        return new Network("devnet", "Devnet (local anvil)", DEVNET_CHAIN_ID, "ETH", List.of(rpcUrl), null, true);
    }

    public static List<Network> presets() {
        return PRESETS;
    }

    public static Optional<Network> byKey(String key) {
        return PRESETS.stream().filter(n -> n.key().equals(key)).findFirst();
    }

    private static Network preset(String key, String name, long chainId, String currency, String rpc, String explorer) {
        return new Network(key, name, ChainId.of(chainId), currency, List.of(URI.create(rpc)), URI.create(explorer), false);
    }
}
