package org.steward.registry.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.chain.ChainException;
import org.steward.core.eth.ChainId;
import org.steward.core.history.HistoryStore;
import org.steward.core.task.Progress;
import org.steward.registry.domain.RegistryEvent;
import org.steward.registry.domain.TestLogs;

class RegistryIndexerTest {

    private static final ChainId CHAIN = ChainId.of(31337);

    @TempDir
    Path dir;

    private RegistryEventStore store(HistoryStore history) {
        return new RegistryEventStore(history, CHAIN, TestLogs.REGISTRY);
    }

    private static RegistryIndexer indexer(ScriptedChain chain, RegistryEventStore store, RegistryIndexer.Settings settings) {
        return new RegistryIndexer(chain, store, List.of(TestLogs.REGISTRY), settings);
    }

    @Test
    void resumesFromItsCheckpointAfterTheStoreIsReopened() {
        ScriptedChain chain = new ScriptedChain().mine(0, 99, 1);
        Path file = dir.resolve("steward.db");
        try (HistoryStore history = HistoryStore.open(file)) {
            var result = indexer(chain, store(history), new RegistryIndexer.Settings(0, 0, 40)).catchUp(Progress.NONE);
            assertThat(result.events()).isEqualTo(100);
        }
        chain.mine(100, 149, 2);
        chain.requests.clear();

        try (HistoryStore history = HistoryStore.open(file)) {
            RegistryEventStore store = store(history);
            assertThat(store.checkpoint()).hasValue(99);
            var result = indexer(chain, store, new RegistryIndexer.Settings(0, 0, 40)).catchUp(Progress.NONE);

            assertThat(chain.requests.get(0)[0]).as("first block read after reopening").isEqualTo(100);
            assertThat(result.events()).isEqualTo(50);
            List<RegistryEvent> events = store.events();
            assertThat(events).hasSize(150);
            assertThat(events.stream().map(e -> e.meta().block()).distinct()).hasSize(150);
            assertThat(((RegistryEvent.StakeAdded) events.get(149)).amount()).isEqualTo(BigInteger.TWO);
            assertThat(store.checkpoint()).hasValue(149);
        }
    }

    @Test
    void aLogThatDoesNotFitItsEventIsABadItemAndTheOthersAreStored() {
        ScriptedChain chain = new ScriptedChain().mine(0, 9, 1).breakLog(4);
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            RegistryEventStore store = store(history);
            var result = indexer(chain, store, new RegistryIndexer.Settings(0, 0, 100)).catchUp(Progress.NONE);

            assertThat(result.events()).isEqualTo(9);
            assertThat(store.events()).extracting(e -> e.meta().block()).doesNotContain(4L).hasSize(9);
            assertThat(store.unreadable()).singleElement().satisfies(u -> {
                assertThat(u.meta().block()).isEqualTo(4);
                assertThat(u.sentence()).startsWith("Unreadable log at block 4, log index 0").contains("does not fit its event");
            });

            // The node sends the log whole on a re-read of its block: the bad item goes, the event is stored.
            chain.mine(4, 4, 1);
            indexer(chain, store, new RegistryIndexer.Settings(0, 6, 100)).catchUp(Progress.NONE);
            assertThat(store.unreadable()).isEmpty();
            assertThat(store.events()).hasSize(10);
        }
    }

    @Test
    void halvesThePageWhileTheNodeRefusesTheRange() {
        ScriptedChain chain = new ScriptedChain().mine(0, 999, 1);
        chain.maxRange = 300;
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            RegistryIndexer indexer = indexer(chain, store(history), new RegistryIndexer.Settings(0, 0, 1000));

            var result = indexer.catchUp(Progress.NONE);

            assertThat(result.pagesHalved()).isEqualTo(2);
            assertThat(chain.requests.subList(0, 3)).extracting(r -> r[1] - r[0] + 1).containsExactly(1000L, 500L, 250L);
            assertThat(result.events()).isEqualTo(1000);
            assertThat(store(history).events()).hasSize(1000);
        }
    }

    @Test
    void growsThePageBackAfterARunOfSuccesses() {
        ScriptedChain chain = new ScriptedChain().mine(0, 5_000, 1);
        chain.maxRange = 700;
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            RegistryIndexer indexer = indexer(chain, store(history), new RegistryIndexer.Settings(0, 0, 800));
            indexer.catchUp(Progress.NONE);

            List<Long> sizes = chain.requests.stream().map(r -> r[1] - r[0] + 1).toList();
            // Four successes at 400 earn one try at 800; refused, it drops back: one wasted request per five.
            assertThat(sizes).startsWith(800L, 400L, 400L, 400L, 400L, 800L, 400L);
            assertThat(store(history).events()).hasSize(5_001);
        }
    }

    @Test
    void saysSoWhenEvenOneBlockIsRefused() {
        ScriptedChain chain = new ScriptedChain().mine(0, 3, 1);
        chain.maxRange = 0;
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            assertThatThrownBy(() -> indexer(chain, store(history), new RegistryIndexer.Settings(0, 0, 4)).catchUp(Progress.NONE))
                    .isInstanceOf(ChainException.class)
                    .hasMessageContaining("even one block at a time");
        }
    }

    @Test
    void rereadsTheUnconfirmedBlocksSoAReorgReplacesWhatWasStored() {
        ScriptedChain chain = new ScriptedChain().mine(0, 50, 1);
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            RegistryEventStore store = store(history);
            RegistryIndexer.Settings settings = new RegistryIndexer.Settings(0, 5, 100);
            indexer(chain, store, settings).catchUp(Progress.NONE);

            // Blocks 48-50 are replaced by a competing branch that is longer and carries other amounts.
            chain.mine(48, 52, 7);
            chain.requests.clear();
            indexer(chain, store, settings).catchUp(Progress.NONE);

            assertThat(chain.requests.get(0)[0]).as("re-reads the last 5 blocks below the old head 50").isEqualTo(46);
            List<RegistryEvent> events = store.events();
            assertThat(events).hasSize(53);
            assertThat(events.subList(48, 53)).allSatisfy(e -> assertThat(((RegistryEvent.StakeAdded) e).amount()).isEqualTo(7));
            assertThat(((RegistryEvent.StakeAdded) events.get(47)).amount()).isEqualTo(BigInteger.ONE);
        }
    }

    @Test
    void reportsProgressAndStopsBetweenPagesWhenCancelled() {
        ScriptedChain chain = new ScriptedChain().mine(0, 99, 1);
        List<long[]> updates = new ArrayList<>();
        Progress cancelAfterTwoPages = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return updates.size() >= 3;
            }
        };
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            RegistryEventStore store = store(history);
            var result = indexer(chain, store, new RegistryIndexer.Settings(0, 0, 10)).catchUp(cancelAfterTwoPages);

            assertThat(updates).extracting(u -> u[0]).containsExactly(0L, 10L, 20L);
            assertThat(updates).allSatisfy(u -> assertThat(u[1]).isEqualTo(100));
            assertThat(result.toBlock()).isEqualTo(19);
            assertThat(store.checkpoint()).hasValue(19);
            assertThat(store.events()).hasSize(20);
        }
    }
}
