package org.steward.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history file against two Steward instances, kill -9, a full disk and other users of the
 * machine. {@value #CRASH_TRIALS_PROPERTY} raises the number of crash trials for a longer run.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class HistoryFileSafetyTest {

    static final String CRASH_TRIALS_PROPERTY = "steward.test.crash-trials";

    @Test
    void twoInstancesOpeningAFreshFileAtOnceBothSucceed(@TempDir Path dir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int trial = 0; trial < 20; trial++) {
                Path file = dir.resolve("t" + trial).resolve(HistoryStore.FILE_NAME);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> opened = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    opened.add(pool.submit(() -> {
                        together.await();
                        try (HistoryStore store = HistoryStore.open(file)) {
                            return store.schemaVersion();
                        }
                    }));
                }
                for (Future<Integer> f : opened) {
                    assertThat(f.get(60, TimeUnit.SECONDS)).as("trial " + trial).isEqualTo(Migrations.latest());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSecondProcessOpeningTheSameFreshFileAtOnceSucceedsToo(@TempDir Path dir) throws Exception {
        for (int trial = 0; trial < 5; trial++) {
            Path file = dir.resolve("p" + trial).resolve(HistoryStore.FILE_NAME);
            Process child = child("open", file);
            int version;
            try (HistoryStore store = HistoryStore.open(file)) {
                version = store.schemaVersion();
            }
            String answer = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(version).isEqualTo(Migrations.latest());
            assertThat(answer).as("trial " + trial).isEqualTo("opened " + Migrations.latest());
        }
    }

    @Test
    void aSecondInstanceThatCannotGetTheLockSaysAnotherStewardHoldsTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(HistoryStore.FILE_NAME);
        HistoryStore.open(file).close();
        System.setProperty(HistoryStore.BUSY_TIMEOUT_PROPERTY, "500");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            assertThatThrownBy(() -> HistoryStore.open(file).close())
                    .isInstanceOf(HistoryStoreException.class)
                    .hasMessageStartingWith("Another Steward holds the history file " + file.toAbsolutePath());
            s.execute("ROLLBACK");
        } finally {
            System.clearProperty(HistoryStore.BUSY_TIMEOUT_PROPERTY);
        }
        try (HistoryStore store = HistoryStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latest());
        }
    }

    /** Each trial kills a writing child JVM with SIGKILL at a random moment; every row it reported committed must be there. */
    @Test
    void killMinusNineLosesNoCommittedRow(@TempDir Path dir) throws Exception {
        int trials = Integer.getInteger(CRASH_TRIALS_PROPERTY, 10);
        Random random = new Random(16);
        int lost = 0;
        long checked = 0;
        for (int trial = 0; trial < trials; trial++) {
            Path file = dir.resolve("k" + trial).resolve(HistoryStore.FILE_NAME);
            Process child = child("write", file);
            int committed = -1;
            int killAfter = 20 + random.nextInt(200);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line = lines.readLine();
                assertThat(line).as("the child started").isEqualTo("ready");
                while ((line = lines.readLine()) != null) {
                    committed = Integer.parseInt(line.strip());
                    if (committed >= killAfter) {
                        child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hook, no close
                        break;
                    }
                }
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            try (HistoryStore store = HistoryStore.open(file)) {
                Settings settings = new Settings(store);
                for (int i = 0; i <= committed; i++) {
                    checked++;
                    if (!settings.get("row-" + i).equals(java.util.Optional.of("value-" + i))) {
                        lost++;
                    }
                }
            }
        }
        // the figure for docs/limits.md and bench/robustness.sh
        System.out.println("crash trials: " + trials + " kill -9, committed rows checked: " + checked + ", rows lost: " + lost);
        assertThat(lost).as("committed rows lost over " + trials + " kill -9 trials").isZero();
    }

    @Test
    void aFullDiskIsSaidAsAFullDiskAndLosesNothing(@TempDir Path dir) {
        Path file = dir.resolve(HistoryStore.FILE_NAME);
        try (HistoryStore store = HistoryStore.open(file)) {
            Settings settings = new Settings(store);
            settings.put("kept", "yes");
            // SQLite's page limit makes the file "full" exactly as a full disk does (SQLITE_FULL)
            store.writeAndWait(c -> {
                try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
                    int pages = rs.getInt(1);
                    s.execute("PRAGMA max_page_count = " + pages);
                }
                return null;
            });
            assertThatThrownBy(() -> store.writeAndWait(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO settings(key, value, updated_at) VALUES (?, ?, 0)")) {
                    s.setString(1, "big");
                    s.setString(2, "x".repeat(1 << 20));
                    s.executeUpdate();
                }
                return null;
            })).isInstanceOf(HistoryStoreException.class)
                    .hasMessage("The disk holding the history file " + file.toAbsolutePath() + " is full: free space and try again; nothing was lost.");
            assertThat(settings.get("kept")).contains("yes");
            assertThat(settings.get("big")).isEmpty();
        }
    }

    @Test
    void theRealErrorIsKeptWhenTheRollbackFailsToo() {
        SQLException real = new SQLException("the disk is full", "HY000", 13);
        SQLException rollback = new SQLException("cannot rollback - no transaction is active");
        // A connection whose rollback fails cannot be made on demand with SQLite, so this one is a stand-in.
        Connection failing = (Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("rollback")) {
                        throw rollback;
                    }
                    return null;
                });
        assertThatThrownBy(() -> Transactions.inOne(failing, c -> {
            throw real;
        })).isSameAs(real).satisfies(e -> assertThat(e.getSuppressed()).containsExactly(rollback));
    }

    @Test
    void theDataDirectoryAndTheHistoryFilesAreTheUsersAlone(@TempDir Path dir) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(OwnerOnly.posix(), "POSIX permissions only");
        Path data = dir.resolve("data");
        System.setProperty(DataDirectory.PROPERTY, data.toString());
        try {
            try (HistoryStore store = HistoryStore.openDefault()) {
                new Settings(store).put("profile", "api key inside");
                assertThat(perms(data)).isEqualTo("rwx------");
                for (String suffix : new String[] {"", "-wal", "-shm"}) {
                    assertThat(perms(data.resolve(HistoryStore.FILE_NAME + suffix))).as(suffix).isEqualTo("rw-------");
                }
            }
            // what an older Steward left: world-readable folder and file
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(data.resolve(HistoryStore.FILE_NAME), PosixFilePermissions.fromString("rw-r--r--"));
            HistoryStore.openDefault().close();
            assertThat(perms(data)).isEqualTo("rwx------");
            assertThat(perms(data.resolve(HistoryStore.FILE_NAME))).isEqualTo("rw-------");
        } finally {
            System.clearProperty(DataDirectory.PROPERTY);
        }
    }

    @Test
    void aFolderThePersonChoseKeepsItsPermissions(@TempDir Path dir) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(OwnerOnly.posix(), "POSIX permissions only");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));
        HistoryStore.open(dir.resolve(HistoryStore.FILE_NAME)).close();
        assertThat(perms(dir)).isEqualTo("rwxr-x---");
        assertThat(perms(dir.resolve(HistoryStore.FILE_NAME))).isEqualTo("rw-------");
    }

    private static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static Process child(String mode, Path file) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), HistoryChildProcess.class.getName(), mode,
                file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
