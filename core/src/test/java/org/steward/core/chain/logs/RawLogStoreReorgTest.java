package org.steward.core.chain.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hash32;
import org.steward.core.history.HistoryStore;
import org.steward.core.task.Progress;

/**
 * Raw logs (the timelock's) re-read under the confirmation depth: the same logs are no change, a
 * competing branch or a lying node's other history is a {@link Reorg} with its depth and the rows
 * it replaced, and logs in blocks never stored before are news, not a change.
 */
class RawLogStoreReorgTest {

    private static final Address CONTRACT = Address.parse("0x" + "c1".repeat(20));
    private static final Hash32 TOPIC = Hash32.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
        23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    @TempDir
    Path dir;

    /** One log per block, each block's hash derived from a branch number: another branch, another hash. */
    private static final class Chain implements LogSource {
        final Map<Long, Integer> branchOf = new TreeMap<>();
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
                byte[] hash = new byte[32];
                hash[0] = (byte) (int) branchOf.get(b);
                hash[31] = (byte) b;
                hash[30] = (byte) (b >> 8);
                out.add(new RawLog(new EventMeta(CONTRACT, b, Hash32.of(hash), 1_000 + b, 0, Hash32.of(hash)), List.of(TOPIC.bytes()), new byte[0]));
            }
            return out;
        }
    }

    private RawLogStore.Read read(HistoryStore history, Chain chain, long confirmations) {
        return new RawLogStore(history, ChainId.of(31337), CONTRACT, "test-stream").catchUp(chain, List.of(TOPIC), 0, confirmations, 1_000,
                Progress.NONE);
    }

    @Test
    void theSameLogsReadAgainAreNoChangeAndNewBlocksAreNews() {
        Chain chain = new Chain().mine(0, 50, 1);
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            assertThat(read(history, chain, 5).reorg()).as("a fresh store has nothing to compare").isEmpty();
            chain.mine(51, 60, 1);
            RawLogStore.Read again = read(history, chain, 5);
            assertThat(again.reorg()).isEmpty();
            assertThat(again.logs()).hasSize(61);
        }
    }

    @Test
    void aCompetingBranchUnderTheConfirmationDepthIsReportedWithItsDepth() {
        Chain chain = new Chain().mine(0, 50, 1);
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            read(history, chain, 5);
            chain.mine(48, 53, 2);
            RawLogStore.Read again = read(history, chain, 5);

            Reorg reorg = again.reorg().orElseThrow();
            assertThat(reorg.firstChangedBlock()).isEqualTo(48);
            assertThat(reorg.depth()).as("blocks 48 to 50, the last stored").isEqualTo(3);
            assertThat(reorg.storedRowsReplaced()).isEqualTo(3);
            assertThat(again.logs()).hasSize(54);
            assertThat(again.logs().get(49).meta().blockHash().bytes()[0]).as("the new branch is what is stored now").isEqualTo((byte) 2);
        }
    }

    @Test
    void aLyingNodeReReadVeryDeepIsReportedNotAppliedInSilence() {
        Chain chain = new Chain().mine(0, 306, 1);
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            read(history, chain, 0);
            // the case: --confirmations 100000 against a node that answers another history
            chain.mine(0, 306, 3);
            Reorg reorg = read(history, chain, 100_000).reorg().orElseThrow();
            assertThat(reorg.storedRowsReplaced()).isEqualTo(307);
            assertThat(reorg.depth()).isEqualTo(307);
            assertThat(reorg.sentence("timelock operations")).startsWith("The node's history of the timelock operations changed 307 blocks deep (from block 0)");
        }
    }
}
