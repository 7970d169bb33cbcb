package org.steward.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steward.core.eth.Address;

class HistoryStoreTest {

    private static final Address SIGNER = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

    @Test
    void aNewFileIsMigratedToTheLatestSchemaInWalMode(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("nested").resolve("steward.db"))) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
            String mode = store.read(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA journal_mode")) {
                    return rs.getString(1);
                }
            });
            assertThat(mode).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void aSignedItemIsDurableBeforeItIsSentAndKeepsItsReceipt(@TempDir Path dir) {
        Path file = dir.resolve("steward.db");
        long id;
        try (HistoryStore store = HistoryStore.open(file)) {
            id = new SignedItems(store).store(new SignedItems.NewItem("snapshot-vote", 1L, SIGNER, "0x" + "ab".repeat(32),
                    "proposal-1", "{\"sig\":\"0x01\"}"));
        }
        try (HistoryStore reopened = HistoryStore.open(file)) {
            SignedItems items = new SignedItems(reopened);
            List<SignedItems.Item> stored = items.recent(10);
            assertThat(stored).singleElement().satisfies(i -> {
                assertThat(i.status()).isEqualTo("stored");
                assertThat(i.signer()).isEqualTo(SIGNER);
                assertThat(i.sentAt()).isEmpty();
            });
            items.markSent(id, "{\"id\":\"0xreceipt\"}");
            assertThat(items.recent(1).get(0).status()).isEqualTo("sent");
            assertThat(items.recent(1).get(0).receiptJson()).contains("{\"id\":\"0xreceipt\"}");
        }
    }

    @Test
    void aFailedWriteLeavesNothingHalfWritten(@TempDir Path dir) {
        try (HistoryStore store = HistoryStore.open(dir.resolve("steward.db"))) {
            assertThatThrownBy(() -> store.writeAndWait(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO settings(key, value, updated_at) VALUES ('theme', 'dark', 1)");
                    s.execute("INSERT INTO settings(key, value, updated_at) VALUES ('theme', 'light', 2)");
                }
                return null;
            })).isInstanceOf(HistoryStoreException.class);
            int rows = store.read(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM settings")) {
                    return rs.getInt(1);
                }
            });
            assertThat(rows).isZero();
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsLeftUntouchedWithAWayForward(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("steward.db");
        byte[] garbage = "this is not sqlite, it is a text file that someone saved here by mistake".repeat(100).getBytes(StandardCharsets.UTF_8);
        Files.write(file, garbage);
        assertThatThrownBy(() -> HistoryStore.open(file))
                .isInstanceOf(HistoryStoreException.class)
                .hasMessageContaining("is damaged")
                .hasMessageContaining("move it aside");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void aCorruptPageIsDetectedOnOpen(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("steward.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(x TEXT)");
            for (int i = 0; i < 200; i++) {
                s.execute("INSERT INTO t VALUES ('" + "row".repeat(100) + i + "')");
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096 + 8; i < 4096 + 200; i++) {
            bytes[i] = (byte) 0xFF;
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> HistoryStore.open(file))
                .isInstanceOf(HistoryStoreException.class)
                .hasMessageContaining("is damaged");
    }

    @Test
    void aFileFromANewerStewardIsRefusedAndNotTouched(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("steward.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future(x)");
            s.execute("PRAGMA user_version = " + (Migrations.latest() + 7));
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> HistoryStore.open(file))
                .isInstanceOf(HistoryStoreException.class)
                .hasMessageContaining("written by a newer Steward")
                .hasMessageContaining("update Steward");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void scriptsSplitIntoStatementsWithoutComments() {
        assertThat(Migrations.statements("-- header\nCREATE TABLE a(x); -- trailing\n\nCREATE TABLE b(\n  y -- col\n);\n"))
                .containsExactly("CREATE TABLE a(x);", "CREATE TABLE b(\n  y\n);");
    }

    @Test
    void theDataDirectoryOverrideWins(@TempDir Path dir) {
        String old = System.getProperty(DataDirectory.PROPERTY);
        System.setProperty(DataDirectory.PROPERTY, dir.toString());
        try {
            assertThat(DataDirectory.resolve()).isEqualTo(dir);
        } finally {
            if (old == null) {
                System.clearProperty(DataDirectory.PROPERTY);
            } else {
                System.setProperty(DataDirectory.PROPERTY, old);
            }
        }
    }
}
