package org.lifeline.groundstation.dispatch.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.dispatch.MutableClock;

/** The store's contract on SQLite, the default: one file in the data folder. */
class SqliteDeliveryStoreTest extends DeliveryStoreContract {

    @TempDir
    Path dir;

    @Override
    protected DeliveryStore openFresh(MutableClock clock) {
        return DeliveryStore.openSqlite(dir, clock);
    }

    @Override
    protected DeliveryStore secondStore(MutableClock clock) {
        return DeliveryStore.openSqlite(dir, clock);
    }
}
