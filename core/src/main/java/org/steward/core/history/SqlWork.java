package org.steward.core.history;

import java.sql.Connection;
import java.sql.SQLException;

/** Statements run against one connection, inside one transaction when it is a write. */
@FunctionalInterface
public interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
