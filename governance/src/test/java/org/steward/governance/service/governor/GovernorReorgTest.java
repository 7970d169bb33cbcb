package org.steward.governance.service.governor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.web3j.crypto.Hash;

/**
 * A Governor's events re-read under the confirmation depth: a node that now answers other blocks
 * for stored ones is reported with the depth and the rows replaced, never applied in silence. The
 * scripted chain logs one ProposalExecuted(uint256) per block.
 */
class GovernorReorgTest {

    private static final Address GOVERNOR = Address.parse("0x" + "60".repeat(20));
    private static final byte[] EXECUTED = Hash.sha3("ProposalExecuted(uint256)".getBytes(StandardCharsets.US_ASCII));

    @TempDir
    Path dir;

    private static final class Chain implements LogSource {
        final Map<Long, Integer> branchOf = new TreeMap<>();
        /** Blocks whose log the node sends cut short: a ProposalExecuted topic over 5 bytes of data. */
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
                h[31] = (byte) b;
                byte[] id = new byte[32];
                id[31] = (byte) b;
                out.add(new RawLog(new EventMeta(GOVERNOR, b, Hash32.of(h), 1_000 + b, 0, Hash32.of(h)), List.of(EXECUTED),
                        broken.contains(b) ? new byte[5] : id));
            }
            return out;
        }
    }

    private static GovernorIndexer.Result read(HistoryStore history, Chain chain) {
        GovernorStore store = new GovernorStore(history, ChainId.of(31337), GOVERNOR);
        return new GovernorIndexer(chain, store, GOVERNOR, 0, 10, 1_000).catchUp(Progress.NONE);
    }

    @Test
    void aReReadThatChangesStoredEventsIsReportedWithItsDepth() {
        Chain chain = new Chain().mine(0, 40, 1);
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            assertThat(read(history, chain).read().stored()).isEqualTo(41);
            chain.mine(41, 45, 1);
            assertThat(read(history, chain).reorg()).as("the same events read again, and new ones").isEmpty();

            chain.mine(43, 47, 2);
            Reorg reorg = read(history, chain).reorg().orElseThrow();
            assertThat(reorg.firstChangedBlock()).isEqualTo(43);
            assertThat(reorg.depth()).as("blocks 43 to 45, the last stored").isEqualTo(3);
            assertThat(reorg.storedRowsReplaced()).isEqualTo(3);
            assertThat(reorg.sentence("Governor events")).contains("changed 3 blocks deep (from block 43): 3 stored events were replaced");
        }
    }

    @Test
    void aLogThatDoesNotDecodeIsKeptAsABadItemAndTheOthersAreStored() {
        Chain chain = new Chain().mine(0, 30, 1);
        chain.broken.add(7L);
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            GovernorStore store = new GovernorStore(history, ChainId.of(31337), GOVERNOR);
            assertThat(read(history, chain).read().stored()).as("every block's event but the broken one").isEqualTo(30);
            assertThat(store.unreadable()).singleElement().satisfies(u -> {
                assertThat(u.meta().block()).isEqualTo(7);
                assertThat(u.meta().logIndex()).isZero();
                assertThat(u.sentence()).contains("block 7").contains("log index 0").contains(u.meta().txHash().hex()).contains("do not decode");
            });

            chain.mine(31, 60, 1);
            read(history, chain);
            assertThat(store.unreadable()).as("still shown once its block is past the re-read window").hasSize(1);

            chain.broken.clear();
            chain.mine(0, 60, 2);
            new GovernorIndexer(chain, store, GOVERNOR, 0, 100, 1_000).catchUp(Progress.NONE);
            assertThat(store.unreadable()).as("gone when the node's re-read no longer sends it").isEmpty();
        }
    }
}
