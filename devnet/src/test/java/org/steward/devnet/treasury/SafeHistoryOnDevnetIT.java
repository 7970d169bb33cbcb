package org.steward.devnet.treasury;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.chain.logs.RpcLogSource;
import org.steward.core.eth.Address;
import org.steward.core.task.Progress;
import org.steward.devnet.Devnet;
import org.steward.devnet.DevnetExtension;
import org.steward.treasury.domain.SafeTx;
import org.steward.treasury.domain.SafeTxHash;
import org.steward.treasury.service.history.SafeExecution;
import org.steward.treasury.service.history.SafeHistoryIndexer;
import org.steward.treasury.service.history.SafeHistoryStore;

/** A Safe's executed transactions indexed from its logs (1.5.0 L2 and 1.3.0), stored, and resumed from the checkpoint. */
@ExtendWith(DevnetExtension.class)
class SafeHistoryOnDevnetIT {

    @Test
    void indexesEveryExecutionWithItsSafeTxHashAndResumes(Devnet devnet, @TempDir Path dir) {
        for (String version : List.of("1.5.0", "1.3.0")) {
            try (SafeOnDevnet s = new SafeOnDevnet(devnet, version, dir.resolve(version))) {
                SafeHistoryStore store = new SafeHistoryStore(s.store, s.client.network().chainId(), s.safe);
                SafeHistoryIndexer indexer = new SafeHistoryIndexer(new RpcLogSource(s.client), store, s.safe, 0, 0, 1_000);
                Address payee = SafeOnDevnet.freshAddress("history " + version);
                SafeTx first = SafeTx.call(payee, BigInteger.ONE, new byte[0], s.state().nonce());
                s.confirmByTwoAndExecute(first);
                indexer.catchUp(Progress.NONE);
                assertThat(store.count()).isEqualTo(1);

                SafeTx second = SafeTx.call(payee, BigInteger.TWO, new byte[0], s.state().nonce());
                s.confirmByTwoAndExecute(second);
                long checkpoint = store.checkpoint().orElseThrow();
                assertThat(indexer.catchUp(Progress.NONE).read().fromBlock()).isEqualTo(checkpoint + 1);

                List<SafeExecution> page = store.page(0, 10);
                assertThat(page).extracting(SafeExecution::safeTxHash).containsExactly(
                        SafeTxHash.of(s.domain(), second).safeTxHash(), SafeTxHash.of(s.domain(), first).safeTxHash());
                assertThat(page).allSatisfy(e -> assertThat(e.success()).isTrue());
                if (version.equals("1.5.0")) {
                    assertThat(page.get(0).details()).hasValueSatisfying(d -> assertThat(d).contains("\"value\":\"2\"").contains(payee.checksummed()));
                }
            }
        }
    }
}
