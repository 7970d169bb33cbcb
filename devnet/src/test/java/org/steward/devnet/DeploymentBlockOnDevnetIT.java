package org.steward.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.chain.ChainClient;
import org.steward.core.chain.logs.DeploymentBlock;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.Settings;
import org.steward.core.net.Network;

/** Where a fresh index starts: the block a contract was deployed in, found on a real node. */
@ExtendWith(DevnetExtension.class)
class DeploymentBlockOnDevnetIT {

    private static final List<Address> OWNERS = List.of(Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));

    @Test
    void theFoundBlockIsTheOneThatCreatedTheContract(Devnet devnet) {
        ChainClient client = devnet.client();
        long before = client.blockNumber().longValueExact();
        Address safe = devnet.createSafe("1.4.1", OWNERS, 1);
        long after = client.blockNumber().longValueExact();

        long found = DeploymentBlock.find(client, safe);

        assertThat(found).isGreaterThan(before).isLessThanOrEqualTo(after);
        assertThat(client.code(safe, found)).isNotEmpty();
        assertThat(client.code(safe, found - 1)).as("no code one block earlier").isEmpty();
    }

    @Test
    void anAccountWithoutCodeGivesBlockZero(Devnet devnet) {
        assertThat(DeploymentBlock.find(devnet.client(), OWNERS.get(0))).isZero();
    }

    @Test
    void onARealNetworkTheBlockIsRememberedInTheHistoryFile(Devnet devnet, @TempDir Path dir) {
        Address governor = devnet.deployment().governor();
        Network seenAsReal = new Network("remote", "the devnet seen as a remote network", devnet.client().network().chainId(), "ETH",
                List.of(devnet.rpcUrl()), null, false);
        try (ChainClient remote = ChainClient.connect(seenAsReal); HistoryStore history = HistoryStore.open(dir.resolve("h.sqlite"))) {
            long found = DeploymentBlock.remembered(remote, history, governor);

            assertThat(found).isPositive().isEqualTo(DeploymentBlock.find(devnet.client(), governor));
            assertThat(new Settings(history).get("deployment-block." + seenAsReal.chainId().value() + "." + governor.lowerHex()))
                    .contains(Long.toString(found));
        }
    }
}
