package org.steward.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.eth.Address;

/** An RPC URL's key reaches neither the history file nor the CSV export. */
class SignedItemsSecretsTest {

    private static final Address SIGNER = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static final String ERROR = "{\"error\":\"Cannot reach the RPC at https://mainnet.infura.io/v3/SECRETKEY (timeout)\"}";

    @Test
    void aFailedSendIsStoredWithoutTheKey(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve(HistoryStore.FILE_NAME))) {
            SignedItems items = new SignedItems(store);
            long id = items.store(new SignedItems.NewItem("transaction", 1L, SIGNER, "0x" + "ab".repeat(32), "send", "{}"));
            items.markFailed(id, ERROR);

            String stored = store.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT receipt FROM signed_items")) {
                    return rs.getString(1);
                }
            });
            assertThat(stored).doesNotContain("SECRETKEY").contains("https://mainnet.infura.io/…");
            assertThat(SignedItemsCsv.write(items.recent(10))).doesNotContain("SECRETKEY");
        }
    }

    @Test
    void theExportCutsDownKeysThatAnOlderVersionStored(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve(HistoryStore.FILE_NAME))) {
            SignedItems items = new SignedItems(store);
            long id = items.store(new SignedItems.NewItem("transaction", 1L, SIGNER, "0x" + "cd".repeat(32), "send", "{}"));
            store.writeAndWait(c -> {
                try (PreparedStatement s = c.prepareStatement("UPDATE signed_items SET status='failed', receipt=? WHERE id=?")) {
                    s.setString(1, ERROR);
                    s.setLong(2, id);
                    return s.executeUpdate();
                }
            });

            String csv = SignedItemsCsv.write(items.recent(10));

            assertThat(csv).doesNotContain("SECRETKEY").contains("https://mainnet.infura.io/…").contains("failed");
        }
    }
}
