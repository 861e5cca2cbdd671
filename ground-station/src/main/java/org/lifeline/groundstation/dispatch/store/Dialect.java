package org.lifeline.groundstation.dispatch.store;

import java.util.Locale;

/**
 * What differs between the two databases. SQLite has one writer at a time: every transaction
 * starts with {@code BEGIN IMMEDIATE} (set on the connection), so a read-then-write cannot
 * interleave with another process's. PostgreSQL runs writers side by side: rows about to be
 * changed are locked with {@code FOR UPDATE}, and a wave's claim skips rows that another
 * dispatcher holds ({@code SKIP LOCKED}) instead of waiting for them.
 */
public enum Dialect {
    SQLITE(""),
    POSTGRESQL(" FOR UPDATE");

    private final String lockRows;

    Dialect(String lockRows) {
        this.lockRows = lockRows;
    }

    /** Appended to a SELECT whose rows the transaction will change. */
    public String lockRows() {
        return lockRows;
    }

    /** Appended to the SELECT of a wave's claim: skip rows another dispatcher has locked. */
    public String lockRowsSkipLocked() {
        return this == POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "";
    }

    public static Dialect of(String jdbcUrl) {
        String u = jdbcUrl.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (u.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new StoreException("unsupported database URL \"" + jdbcUrl + "\"; expected jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB");
    }
}
