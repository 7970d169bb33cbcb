package org.steward.core.history;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Steward's local history: one SQLite file in WAL mode. All writes go through one writer thread
 * (each in a transaction, so nothing is ever half-written); reads use their own connection.
 * Blocking: call from background tasks, never from the FX thread.
 */
public final class HistoryStore implements AutoCloseable {

    public static final String FILE_NAME = "steward.db";
    /** How long a second Steward waits for another one's write before it says so; lowered by tests. */
    static final String BUSY_TIMEOUT_PROPERTY = "steward.history.busy-ms";

    private final Path file;
    private final Connection writer;
    private final Connection reader;
    private final ExecutorService writerThread;

    private HistoryStore(Path file, Connection writer, Connection reader) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
        this.writerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "steward-history-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens (creating if needed) the history in Steward's data directory. */
    public static HistoryStore openDefault() {
        return open(DataDirectory.resolve().resolve(FILE_NAME));
    }

    /**
     * Opens the file, checks it is an intact SQLite database of a schema this version knows, and
     * brings it up to date.
     *
     * @throws HistoryStoreException with a sentence that names the file and the way forward
     */
    public static HistoryStore open(Path file) {
        try {
            OwnerOnly.directory(file.toAbsolutePath().getParent());
            OwnerOnly.createFile(file.toAbsolutePath());
        } catch (IOException e) {
            throw new HistoryStoreException("Cannot create the folder for the history file " + file.toAbsolutePath()
                    + " (" + e.getMessage() + "): check its permissions or set " + DataDirectory.ENV + " to a writable folder.", e);
        }
        Connection writer = null;
        Connection reader = null;
        try {
            writer = connect(file);
            checkIntact(file, writer);
            int version = Migrations.current(writer);
            if (version > Migrations.latest()) {
                throw new HistoryStoreException("The history file " + file.toAbsolutePath() + " was written by a newer Steward (schema "
                        + version + "; this version knows up to " + Migrations.latest()
                        + "): update Steward, or move the file aside to start a new history. It was left untouched.");
            }
            enterWal(writer);
            Migrations.migrate(writer);
            reader = connect(file);
            tighten(file);
            return new HistoryStore(file, writer, reader);
        } catch (HistoryStoreException e) {
            closeQuietly(writer);
            closeQuietly(reader);
            throw e;
        } catch (SQLException e) {
            closeQuietly(writer);
            closeQuietly(reader);
            throw translate(file, e);
        }
    }

    /**
     * Switching a fresh file to WAL needs a moment alone with it, and SQLite answers SQLITE_BUSY at
     * once instead of calling the busy handler when a second Steward opens the same new file; so the
     * switch is retried within the same busy timeout the rest of the file gets.
     */
    private static void enterWal(Connection writer) throws SQLException {
        long deadline = System.nanoTime() + busyTimeoutMs() * 1_000_000L;
        while (true) {
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                return;
            } catch (SQLException e) {
                if (!String.valueOf(e.getMessage()).contains("SQLITE_BUSY") || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(25);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static int busyTimeoutMs() {
        try {
            int ms = Integer.parseInt(System.getProperty(BUSY_TIMEOUT_PROPERTY, "10000").strip());
            return ms > 0 ? ms : 10_000;
        } catch (NumberFormatException e) {
            return 10_000;
        }
    }

    private static void tighten(Path file) {
        try {
            OwnerOnly.tighten(file.toAbsolutePath());
        } catch (IOException e) {
            throw new HistoryStoreException("Steward cannot make its history file " + file.toAbsolutePath() + " private to you ("
                    + e.getMessage() + "): it holds your profiles' API keys, so check who owns the file and its folder.", e);
        }
    }

    private static Connection connect(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys=ON");
            // A second Steward on the same file waits this long for the first one's write, then is told who holds it.
            s.execute("PRAGMA busy_timeout=" + busyTimeoutMs());
        }
        return c;
    }

    private static void checkIntact(Path file, Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA quick_check(1)")) {
            String verdict = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw corrupt(file, null);
            }
        }
    }

    /** While opening: what the file is and what to do about it. */
    private static HistoryStoreException translate(Path file, SQLException e) {
        return SqliteErrors.known(file, e).orElseGet(() -> new HistoryStoreException("The history file " + file.toAbsolutePath()
                + " could not be opened (" + e.getMessage() + "): move it aside to start a new history, or restore it from a backup.", e));
    }

    /** While in use: the file opened fine, so an unknown error is no reason to give up on it. */
    private static HistoryStoreException translateInUse(Path file, SQLException e) {
        return SqliteErrors.known(file, e).orElseGet(() -> new HistoryStoreException("Steward could not use its history file "
                + file.toAbsolutePath() + " (" + e.getMessage() + "): nothing that was saved before is lost; try again, and report it if it repeats.", e));
    }

    static HistoryStoreException corrupt(Path file, SQLException cause) {
        return new HistoryStoreException("The history file " + file.toAbsolutePath() + " is damaged (not a readable SQLite database): "
                + "move it aside (it was left untouched) and start Steward again to begin a new history.", cause);
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return read(Migrations::current);
    }

    /** Runs {@code work} on the writer thread inside one transaction; completes once committed. */
    public <T> CompletableFuture<T> write(SqlWork<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Transactions.inOne(writer, work);
            } catch (SQLException e) {
                throw translateInUse(file, e);
            }
        }, writerThread);
    }

    /** {@link #write} and wait for the commit: for "persist before broadcast", from a background task. */
    public <T> T writeAndWait(SqlWork<T> work) {
        try {
            return write(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HistoryStoreException("Interrupted while saving to the history file; nothing was sent.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new HistoryStoreException("Saving to the history file failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Runs {@code work} on the read connection (sees every committed write). */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw translateInUse(file, e);
        }
    }

    @Override
    public void close() {
        writerThread.shutdown();
        try {
            writerThread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(reader);
        closeQuietly(writer);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing is best effort: the data was committed or rolled back already
            }
        }
    }
}
