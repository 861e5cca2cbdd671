package org.lifeline.groundstation.dispatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database's schema up to date. Migrations are the resources {@code migrations/V1.sql},
 * {@code V2.sql}, … next to this class, applied in order, each at most once; where the two
 * databases need different SQL, a version comes as {@code V2.sqlite.sql} and
 * {@code V2.postgresql.sql} instead; the table
 * {@code schema_version} records which ran, when, and the first comment line of each.
 * All pending migrations run in one transaction, so a failure leaves the schema as it was.
 * Two processes migrating at once are serialised (SQLite's write lock; on PostgreSQL an
 * exclusive lock on {@code schema_version}). Statements end with ';' at the end of a line.
 * A database newer than this program (a version above the last resource) is refused.
 */
final class Migrations {

    private Migrations() {
    }

    /** The highest migration this program knows. */
    static int latest(Dialect dialect) {
        int v = 0;
        while (resource(v + 1, dialect) != null) {
            v++;
        }
        return v;
    }

    /** The resource of a version for this database, or null when there is none. */
    private static String resource(int version, Dialect dialect) {
        String specific = "migrations/V" + version + "." + dialect.name().toLowerCase(java.util.Locale.ROOT) + ".sql";
        if (Migrations.class.getResource(specific) != null) {
            return specific;
        }
        String common = "migrations/V" + version + ".sql";
        return Migrations.class.getResource(common) != null ? common : null;
    }

    /** Applies the missing migrations; returns the schema version now in force. */
    static int apply(Database db, Clock clock) {
        try {
            createVersionTable(db);
        } catch (StoreException e) {
            // PostgreSQL: two processes creating the table at once; one of them wins
            createVersionTable(db);
        }
        return migrate(db, clock);
    }

    private static void createVersionTable(Database db) {
        db.inTransaction("creating schema_version", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "description TEXT NOT NULL, applied_ms BIGINT NOT NULL)");
            }
            return null;
        });
    }

    private static int migrate(Database db, Clock clock) {
        return db.inTransaction("migrating the schema", c -> {
            if (db.dialect() == Dialect.POSTGRESQL) {
                try (Statement s = c.createStatement()) {
                    s.execute("LOCK TABLE schema_version IN EXCLUSIVE MODE");
                }
            }
            int current = current(c);
            int latest = latest(db.dialect());
            if (current > latest) {
                throw new StoreException("the database's schema is version " + current + " but this program knows only up to "
                        + latest + "; use a newer lifeline");
            }
            for (int v = current + 1; v <= latest; v++) {
                String sql = read(resource(v, db.dialect()));
                try (Statement s = c.createStatement()) {
                    for (String statement : statements(sql)) {
                        s.execute(statement);
                    }
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version, description, applied_ms) VALUES (?, ?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, description(sql));
                    p.setLong(3, clock.millis());
                    p.executeUpdate();
                }
            }
            return latest;
        });
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static String read(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("migration " + resource + " is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + resource + ": " + e.getMessage(), e);
        }
    }

    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String s = current.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String description(String sql) {
        for (String line : sql.split("\n")) {
            if (line.strip().startsWith("--")) {
                return line.strip().substring(2).strip();
            }
        }
        return "(no description)";
    }
}
