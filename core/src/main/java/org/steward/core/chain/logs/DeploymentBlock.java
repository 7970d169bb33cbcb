package org.steward.core.chain.logs;

import org.steward.core.chain.ChainClient;
import org.steward.core.chain.ChainException;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.Settings;

/**
 * The first block at which a contract has code. A fresh index starts there instead of block 0:
 * on Ethereum that is the difference between a few hundred {@code eth_getLogs} pages and a few
 * thousand. Found by bisecting {@code eth_getCode} over history (about 25 calls on mainnet) and
 * remembered in the settings table, since a contract's deployment block never moves.
 */
public final class DeploymentBlock {

    private DeploymentBlock() {
    }

    /**
     * The deployment block of {@code contract}, or 0 when it cannot be known: no code at the head
     * (the profile check reports that), or a node that keeps no old state (the index then reads
     * from block 0 as before, only slower).
     */
    public static long find(ChainClient client, Address contract) {
        try {
            long hi = client.blockNumber().longValueExact();
            if (client.code(contract, hi).length == 0) {
                return 0;
            }
            long lo = 0;
            while (lo < hi) {
                long mid = lo + (hi - lo) / 2;
                if (client.code(contract, mid).length == 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        } catch (ChainException | ArithmeticException noHistory) {
            return 0;
        }
    }

    /**
     * {@link #find} once per chain and contract; later calls read the remembered block. A local
     * devnet is searched every time: a restarted one reuses its chain id and addresses with new
     * deployment blocks.
     */
    public static long remembered(ChainClient client, HistoryStore history, Address contract) {
        if (client.network().local()) {
            return find(client, contract);
        }
        Settings settings = new Settings(history);
        String key = "deployment-block." + client.network().chainId().value() + "." + contract.lowerHex();
        return settings.get(key).map(Long::parseLong).orElseGet(() -> {
            long block = find(client, contract);
            if (block > 0) {
                settings.put(key, Long.toString(block));
            }
            return block;
        });
    }
}
