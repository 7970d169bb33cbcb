package org.steward.core.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Steward's local history: one SQLite file in WAL mode. All writes go through one writer thread
 * (each in a transaction, so nothing is ever half-written); reads use their own connection.
 * Blocking: call from background tasks, never from the FX thread.
 */
public final class HistoryStore implements AutoCloseable {

    public static final String FILE_NAME = "steward.db";

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
            Files.createDirectories(file.toAbsolutePath().getParent());
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
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
            }
            Migrations.migrate(writer);
            reader = connect(file);
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

    private static Connection connect(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys=ON");
            s.execute("PRAGMA busy_timeout=5000");
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

    private static HistoryStoreException translate(Path file, SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            if (code == SQLiteErrorCode.SQLITE_NOTADB || code == SQLiteErrorCode.SQLITE_CORRUPT) {
                return corrupt(file, e);
            }
            if (code == SQLiteErrorCode.SQLITE_READONLY || code == SQLiteErrorCode.SQLITE_CANTOPEN || code == SQLiteErrorCode.SQLITE_PERM) {
                return new HistoryStoreException("Steward cannot write its history file " + file.toAbsolutePath()
                        + ": check the file's permissions or set " + DataDirectory.ENV + " to a writable folder.", e);
            }
            if (code == SQLiteErrorCode.SQLITE_FULL) {
                return new HistoryStoreException("The disk holding " + file.toAbsolutePath() + " is full: free some space and start Steward again.", e);
            }
        }
        return new HistoryStoreException("The history file " + file.toAbsolutePath() + " could not be opened (" + e.getMessage()
                + "): move it aside to start a new history, or restore it from a backup.", e);
    }

    private static HistoryStoreException corrupt(Path file, SQLException cause) {
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
                writer.setAutoCommit(false);
                try {
                    T result = work.run(writer);
                    writer.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    writer.rollback();
                    throw e;
                } finally {
                    writer.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw translate(file, e);
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
            throw translate(file, e);
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
