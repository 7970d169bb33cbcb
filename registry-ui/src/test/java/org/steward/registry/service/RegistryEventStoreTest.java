package org.steward.registry.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.eth.Address;
import org.steward.core.eth.ChainId;
import org.steward.core.eth.Hash32;
import org.steward.core.history.HistoryStore;
import org.steward.registry.domain.ModelStatus;
import org.steward.registry.domain.ModelView;
import org.steward.registry.domain.TestLogs;

class RegistryEventStoreTest {

    @TempDir
    Path dir;

    private static ModelView row(long id, OptionalLong deadline, OptionalDouble verifiability, long listedAt, long now) {
        return new ModelView(id, "model-" + id, "1.0", Address.parse("0x70997970c51812dc3a010c7d01b50e0d17dc79c8"), ModelStatus.CHALLENGED,
                new BigInteger("123456789012345678901234567890"), BigInteger.TEN, BigInteger.TWO, 3, Hash32.parse("0x" + "cd".repeat(32)),
                "ipfs://m", BigInteger.valueOf(4), deadline, listedAt, now - listedAt, 1, BigInteger.ONE, BigInteger.valueOf(99),
                OptionalLong.empty(), verifiability, OptionalDouble.of(12.5));
    }

    @Test
    void theTableIsReadBackAfterReopeningWithAgesCountedToNow() {
        Path file = dir.resolve("steward.db");
        List<ModelView> saved = List.of(row(1, OptionalLong.of(2_000), OptionalDouble.of(0.75), 100, 1_000),
                row(2, OptionalLong.empty(), OptionalDouble.empty(), 400, 1_000));
        try (HistoryStore history = HistoryStore.open(file)) {
            new RegistryEventStore(history, ChainId.of(31337), TestLogs.REGISTRY).saveRows(saved, 77, 1_000);
        }
        try (HistoryStore history = HistoryStore.open(file)) {
            RegistryEventStore store = new RegistryEventStore(history, ChainId.of(31337), TestLogs.REGISTRY);

            assertThat(store.rows(1_000)).isEqualTo(saved);
            assertThat(store.rows(5_000)).extracting(ModelView::ageSeconds).containsExactly(4_900L, 4_600L);
            assertThat(new RegistryEventStore(history, ChainId.of(1), TestLogs.REGISTRY).rows(1_000)).as("another chain's table").isEmpty();
        }
    }

    @Test
    void aNewerSaveReplacesTheWholeTable() {
        try (HistoryStore history = HistoryStore.open(dir.resolve("steward.db"))) {
            RegistryEventStore store = new RegistryEventStore(history, ChainId.of(31337), TestLogs.REGISTRY);
            store.saveRows(List.of(row(1, OptionalLong.empty(), OptionalDouble.empty(), 0, 10), row(2, OptionalLong.empty(), OptionalDouble.empty(), 0, 10)), 1, 10);
            store.saveRows(List.of(row(3, OptionalLong.empty(), OptionalDouble.empty(), 0, 10)), 2, 10);

            assertThat(store.rows(10)).extracting(ModelView::id).containsExactly(3L);
        }
    }
}
