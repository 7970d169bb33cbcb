package org.steward.core.history;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One transaction around a piece of work, where the error that ends it is the one reported: a
 * rollback or the return to auto-commit that fails afterwards (the disk is full, the file is
 * locked) is attached to it as suppressed instead of replacing it.
 */
final class Transactions {

    private Transactions() {
    }

    static <T> T inOne(Connection c, SqlWork<T> work) throws SQLException {
        c.setAutoCommit(false);
        Throwable failure = null;
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            failure = e;
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException restore) {
                if (failure == null) {
                    throw restore;
                }
                failure.addSuppressed(restore);
            }
        }
    }
}
