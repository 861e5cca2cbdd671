package org.lifeline.groundstation.dispatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.testing.MutableClock;

/** The store's contract on SQLite, the default: one file in the data folder. */
class SqliteDeliveryStoreTest extends DeliveryStoreContract {

    @TempDir
    Path dir;

    @Override
    protected DeliveryStore openFresh(MutableClock clock) {
        return DeliveryStore.openSqlite(dir.resolve("data"), clock);
    }

    @Override
    protected DeliveryStore secondStore(MutableClock clock) {
        return DeliveryStore.openSqlite(dir.resolve("data"), clock);
    }

    private String pragma(String name) {
        return store.inTransaction("pragma", c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
                r.next();
                return r.getString(1);
            }
        });
    }

    @Test
    void theStoreIsOneWalFileInTheDataFolderSyncedOnEveryCommit() {
        assertThat(Files.isRegularFile(dir.resolve("data").resolve(DeliveryStore.SQLITE_FILE))).isTrue();
        assertThat(pragma("journal_mode")).isEqualTo("wal");
        assertThat(pragma("synchronous")).as("FULL").isEqualTo("2");
        assertThat(pragma("foreign_keys")).isEqualTo("1");
        assertThat(store.dialect()).isEqualTo(Dialect.SQLITE);
    }
}
