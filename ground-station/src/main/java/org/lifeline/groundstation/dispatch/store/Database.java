package org.lifeline.groundstation.dispatch.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
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
            try {
                T result = work.run(c);
                c.commit();
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
            connection.setAutoCommit(false);
            if (dialect == Dialect.POSTGRESQL) {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        }
        return connection;
    }

    private static void rollback(Connection c) {
        try {
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
