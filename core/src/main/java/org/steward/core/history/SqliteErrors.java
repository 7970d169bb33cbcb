package org.steward.core.history;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * SQLite's result codes said as what happened to the person's file. The driver reports extended
 * codes (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT, ...); their low byte is the primary code this
 * class decides on. A suppressed error (a failed rollback after the real one) is never what is said.
 */
final class SqliteErrors {

    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int PERM = 3;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private SqliteErrors() {
    }

    /** The primary result code of {@code e} or of the first SQLite error among its causes, or -1. */
    static int primaryCode(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException se) {
                SQLiteErrorCode code = se.getResultCode();
                return code == null ? -1 : code.code & 0xff;
            }
            if (t instanceof SQLException sql && sql.getErrorCode() > 0 && t.getMessage() != null && t.getMessage().startsWith("[SQLITE_")) {
                return sql.getErrorCode() & 0xff;
            }
        }
        return -1;
    }

    static Optional<HistoryStoreException> known(Path file, SQLException e) {
        Path abs = file.toAbsolutePath();
        return Optional.ofNullable(switch (primaryCode(e)) {
            case FULL -> new HistoryStoreException("The disk holding the history file " + abs + " is full: free space and try again; nothing was lost.", e);
            case BUSY, LOCKED -> new HistoryStoreException("Another Steward holds the history file " + abs + " and did not let go within "
                    + Math.max(1, HistoryStore.busyTimeoutMs() / 1000) + " s: close the other Steward (or let its command finish) and try again; nothing was lost.", e);
            case CORRUPT, NOTADB -> HistoryStore.corrupt(file, e);
            case READONLY, PERM, CANTOPEN -> new HistoryStoreException("Steward cannot write its history file " + abs
                    + ": check the file's and its folder's permissions or set " + DataDirectory.ENV + " to a writable folder; nothing was lost.", e);
            case IOERR -> new HistoryStoreException("The disk failed while Steward used its history file " + abs + " (" + e.getMessage()
                    + "): check the disk and try again; what was saved before is kept.", e);
            default -> null;
        });
    }
}
