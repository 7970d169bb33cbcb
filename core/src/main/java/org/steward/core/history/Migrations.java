package org.steward.core.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema's versioned scripts ({@code V<n>__<what>.sql} on the classpath). The schema version
 * lives in SQLite's {@code user_version}, updated in the same transaction as its script, so a crash
 * mid-migration leaves the previous version intact.
 */
final class Migrations {

    private static final String DIR = "/org/steward/core/history/migrations/";
    /** In order; the version of a script is its position + 1. */
    private static final List<String> SCRIPTS = List.of(
            "V1__init.sql",
            "V2__registry_events.sql",
            "V3__safe_history.sql",
            "V4__governor.sql",
            "V5__address_book.sql",
            "V6__safe_queue.sql",
            "V7__notices.sql",
            "V8__raw_logs.sql",
            "V9__token_info.sql");

    private Migrations() {
    }

    static int latest() {
        return SCRIPTS.size();
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    /**
     * Applies every script above the file's version, each in its own transaction. The version is
     * read inside that transaction, begun IMMEDIATE (the write lock), so a second Steward opening
     * the same fresh file waits (busy timeout) and then finds the script applied instead of running
     * it twice.
     */
    static void migrate(Connection c) throws SQLException {
        while (true) {
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                try {
                    int version = current(c);
                    if (version >= latest()) {
                        s.execute("COMMIT");
                        return;
                    }
                    for (String sql : statements(load(SCRIPTS.get(version)))) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA user_version = " + (version + 1));
                    s.execute("COMMIT");
                } catch (SQLException | RuntimeException e) {
                    try {
                        s.execute("ROLLBACK");
                    } catch (SQLException rollback) {
                        e.addSuppressed(rollback);
                    }
                    throw e;
                }
            }
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("migration " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /** Splits a script on semicolons that end a line; comments are dropped. Scripts hold no triggers. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            String code = (comment >= 0 ? line.substring(0, comment) : line).stripTrailing();
            if (code.isBlank()) {
                continue;
            }
            current.append(code).append('\n');
            if (code.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
