package org.lifeline.groundstation.dispatch.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Properties;

import org.sqlite.SQLiteConfig;

/**
 * One JDBC connection and its transactions. Callers serialise on this object; two stores in
 * one process (or two processes) are two connections that the database itself keeps apart.
 * A broken connection is dropped and opened again for the next transaction.
 */
final class Database implements AutoCloseable {

    /** Work inside one transaction. */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final String url;
    private final Properties properties;
    private final Dialect dialect;
    private Connection connection;

    Database(String url, Properties properties) {
        this.url = Objects.requireNonNull(url, "url");
        this.dialect = Dialect.of(url);
        this.properties = new Properties();
        if (dialect == Dialect.SQLITE) {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // a committed transition survives a power cut, not only a killed process
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(30_000);
            config.enforceForeignKeys(true);
            this.properties.putAll(config.toProperties());
        }
        this.properties.putAll(properties);
    }

    Dialect dialect() {
        return dialect;
    }

    String url() {
        return url;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    synchronized <T> T inTransaction(String what, Work<T> work) {
        try {
            Connection c = connection();
            begin(c);
            try {
                T result = work.run(c);
                commit(c);
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            dropBrokenConnection();
            throw new StoreException(what + " failed: " + e.getMessage(), e);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(url, properties);
            if (dialect == Dialect.POSTGRESQL) {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        }
        return connection;
    }

    /*
     * SQLite: the driver's own transactions would begin the next one right after each commit,
     * holding the write lock between transactions. Instead the connection stays in autocommit
     * and each transaction is an explicit BEGIN IMMEDIATE ... COMMIT: the write lock is taken
     * up front (no read-then-upgrade deadlock between processes) and held only inside.
     */
    private void begin(Connection c) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            try (Statement s = c.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
        }
    }

    private void commit(Connection c) throws SQLException {
        if (dialect == Dialect.SQLITE) {
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
        } else {
            c.commit();
        }
    }

    private void rollback(Connection c) {
        try {
            if (dialect == Dialect.SQLITE) {
                if (!c.getAutoCommit()) {
                    c.rollback();
                } else {
                    try (Statement s = c.createStatement()) {
                        s.execute("ROLLBACK");
                    }
                }
                return;
            }
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; dropBrokenConnection or the next use notices
        }
    }

    private void dropBrokenConnection() {
        try {
            if (connection != null && !connection.isValid(2)) {
                connection.close();
                connection = null;
            }
        } catch (SQLException e) {
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
            connection = null;
        }
    }
}
