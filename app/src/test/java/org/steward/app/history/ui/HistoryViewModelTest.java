package org.steward.app.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.task.DirectTaskRunner;

/** The history screen over a real history file. */
class HistoryViewModelTest {

    private static final Address SIGNER = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

    @Test
    void listsWhatWasSignedNewestFirstAndFilters(@TempDir Path dir) throws java.io.IOException {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            SignedItems items = new SignedItems(store);
            long vote = items.store(new SignedItems.NewItem("snapshot-vote", 1L, SIGNER, "0x" + "aa".repeat(32), "proposal 0xabc", "{}"));
            items.store(new SignedItems.NewItem("safe-signature", 1L, SIGNER, "0x" + "bb".repeat(32), "safeTxHash 0xbb", "{}"));
            items.markSent(vote, "{\"id\":\"0xreceipt\"}");
            HistoryViewModel vm = new HistoryViewModel(() -> items.recent(HistoryViewModel.LIMIT), new DirectTaskRunner());

            vm.activate();

            assertThat(vm.visibleRows()).extracting(SignedItems.Item::kind).containsExactly("safe-signature", "snapshot-vote");
            assertThat(vm.statusProperty().get()).isEqualTo("2 entries");
            vm.filterProperty().set("sent");
            assertThat(vm.visibleRows()).singleElement().satisfies(i -> assertThat(i.receiptJson()).contains("{\"id\":\"0xreceipt\"}"));
            vm.filterProperty().set("0xabc");
            assertThat(vm.visibleRows()).extracting(SignedItems.Item::kind).containsExactly("snapshot-vote");
            assertThat(vm.statusProperty().get()).as("the count is what the search shows").isEqualTo("1 of 2 entries");
            assertThat(vm.emptyTextProperty().get()).isEqualTo("No entry matches the search and the filter.");
            vm.filterProperty().set("");
            assertThat(vm.statusProperty().get()).isEqualTo("2 entries");
            vm.filterProperty().set("0xabc");

            Path csv = dir.resolve("history.csv");
            vm.exportCsv(csv);
            assertThat(vm.statusProperty().get()).isEqualTo("Exported 1 entries to " + csv + ".");
            java.util.List<java.util.List<String>> rows = org.steward.core.csv.Csv.rows(java.nio.file.Files.readString(csv));
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1)).contains("snapshot-vote", "proposal 0xabc", "sent", "{\"id\":\"0xreceipt\"}");
        }
    }

    @Test
    void anEmptyHistorySaysWhatWillAppear(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            HistoryViewModel vm = new HistoryViewModel(() -> new SignedItems(store).recent(10), new DirectTaskRunner());
            vm.activate();
            assertThat(vm.visibleRows()).isEmpty();
            assertThat(vm.emptyTextProperty().get()).startsWith("Nothing signed yet");
            assertThat(vm.statusProperty().get()).as("said once, in the table").isEqualTo("0 entries");
        }
    }
}
