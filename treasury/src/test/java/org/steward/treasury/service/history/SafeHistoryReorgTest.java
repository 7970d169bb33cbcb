package org.steward.treasury.service.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.chain.logs.EventMeta;
import org.steward.core.chain.logs.LogSource;
import org.steward.core.chain.logs.RawLog;
import org.steward.core.chain.logs.Reorg;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hash32;
import org.steward.core.history.HistoryStore;
import org.steward.core.task.Progress;

/**
 * The Safe's execution history re-read under the confirmation depth: a node that now reports other
 * executions in stored blocks (a reorganisation, or a lie) is reported with its depth; the same
 * executions read again are no change. The scripted chain logs Safe 1.4's ExecutionSuccess (txHash indexed).
 */
class SafeHistoryReorgTest {

    private static final Address SAFE = Address.parse("0x" + "5a".repeat(20));

    @TempDir
    Path dir;

    /** One execution per block; its Safe transaction hash follows the block's branch. */
    private static final class Chain implements LogSource {
        final Map<Long, Integer> branchOf = new TreeMap<>();
        /** Blocks whose ExecutionSuccess the node sends with 3 topics, a shape the Safe never logs. */
        final java.util.Set<Long> broken = new java.util.HashSet<>();
        long head;

        Chain mine(long from, long to, int branch) {
            for (long b = from; b <= to; b++) {
                branchOf.put(b, branch);
            }
            head = Math.max(head, to);
            return this;
        }

        @Override
        public long head() {
            return head;
        }

        @Override
        public List<RawLog> logs(long from, long to, List<Address> contracts, List<Hash32> topics) {
            List<RawLog> out = new ArrayList<>();
            for (long b = from; b <= Math.min(to, head); b++) {
                byte[] h = new byte[32];
                h[0] = (byte) (int) branchOf.get(b);
                h[30] = (byte) (b >> 8);
                h[31] = (byte) b;
                EventMeta meta = new EventMeta(SAFE, b, Hash32.of(h), 1_000 + b, 0, Hash32.of(h));
                out.add(new RawLog(meta, broken.contains(b) ? List.of(SafeHistoryLogs.SUCCESS.bytes(), h, h) : List.of(SafeHistoryLogs.SUCCESS.bytes(), h),
                        new byte[32]));
            }
            return out;
        }
    }

    private static SafeHistoryIndexer.Result read(HistoryStore history, Chain chain, long confirmations) {
        SafeHistoryStore store = new SafeHistoryStore(history, ChainId.of(31337), SAFE);
        return new SafeHistoryIndexer(chain, store, SAFE, 0, confirmations, 1_000).catchUp(Progress.NONE);
    }

    @Test
    void theSameExecutionsReadAgainAreNoChange() {
        Chain chain = new Chain().mine(0, 30, 1);
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            read(history, chain, 12);
            chain.mine(31, 40, 1);
            assertThat(read(history, chain, 12).reorg()).isEmpty();
        }
    }

    @Test
    void otherExecutionsInStoredBlocksAreAReorgWithItsDepth() {
        Chain chain = new Chain().mine(0, 30, 1);
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            read(history, chain, 12);
            chain.mine(27, 35, 2);
            SafeHistoryIndexer.Result again = read(history, chain, 12);

            Reorg reorg = again.reorg().orElseThrow();
            assertThat(reorg.firstChangedBlock()).isEqualTo(27);
            assertThat(reorg.depth()).isEqualTo(4);
            assertThat(reorg.storedRowsReplaced()).isEqualTo(4);
            assertThat(new SafeHistoryStore(history, ChainId.of(31337), SAFE).count()).isEqualTo(36);
        }
    }

    @Test
    void aLogThatDoesNotFitIsKeptAsABadItemAndTheOthersAreStored() {
        Chain chain = new Chain().mine(0, 30, 1);
        chain.broken.add(4L);
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            SafeHistoryStore store = new SafeHistoryStore(history, ChainId.of(31337), SAFE);
            assertThat(read(history, chain, 12).read().stored()).isEqualTo(30);
            assertThat(store.count()).isEqualTo(30);
            chain.mine(31, 60, 1);
            read(history, chain, 12);
            assertThat(store.unreadable()).as("kept once block 4 is far behind the re-read window").singleElement().satisfies(u -> {
                assertThat(u.meta().block()).isEqualTo(4);
                assertThat(u.sentence()).contains("block 4, log index 0").contains(u.meta().txHash().hex()).contains("3 topics");
            });
        }
    }
}
