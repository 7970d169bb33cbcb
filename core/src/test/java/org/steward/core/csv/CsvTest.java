package org.steward.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.eth.Address;
import org.steward.core.history.HistoryStore;
import org.steward.core.history.SignedItems;
import org.steward.core.history.SignedItemsCsv;

class CsvTest {

    @Test
    void quotesOnlyWhatNeedsQuotingAndReadsItBack() {
        String line = Csv.line(List.of("plain", "a,b", "say \"hi\"", "two\nlines"));
        assertThat(line).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"");
        assertThat(Csv.rows(line + "\r\nx,y\n")).containsExactly(List.of("plain", "a,b", "say \"hi\"", "two\nlines"), List.of("x", "y"));
    }

    @Test
    void theHistoryExportHasOneRecordPerItemWithItsReceipt(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            SignedItems items = new SignedItems(store);
            long id = items.store(new SignedItems.NewItem("snapshot-vote", null, Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
                    "0x" + "ab".repeat(32), "proposal, with a comma", "{\"a\":1}"));
            items.markSent(id, "{\"id\":\"0x12\",\"relayer\":\"r\"}");
            List<List<String>> rows = Csv.rows(SignedItemsCsv.write(items.recent(10)));
            assertThat(rows.get(0)).isEqualTo(List.of(SignedItemsCsv.HEADER.split(",")));
            assertThat(rows.get(1).get(2)).isEqualTo("snapshot-vote");
            assertThat(rows.get(1).get(6)).isEqualTo("proposal, with a comma");
            assertThat(rows.get(1).get(7)).isEqualTo("sent");
            assertThat(rows.get(1).get(9)).isEqualTo("{\"id\":\"0x12\",\"relayer\":\"r\"}");
        }
    }
}
