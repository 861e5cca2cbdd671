package org.lifeline.groundstation.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;

import org.lifeline.groundstation.dispatch.store.DeliveryStore;

import picocli.CommandLine.Option;

/**
 * Where the dispatch store is: the SQLite file in the data folder, or a PostgreSQL database
 * that several dispatchers share. Mixed into every {@code request} and {@code dispatch} command.
 */
final class DispatchOptions {

    @Option(names = "--data", defaultValue = "lifeline-data", paramLabel = "DIR",
            description = "The ground station's data folder; the store is DIR/" + DeliveryStore.SQLITE_FILE + " (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--db", paramLabel = "URL", defaultValue = "${env:LIFELINE_DB}",
            description = "A shared PostgreSQL database instead, e.g. jdbc:postgresql://HOST:5432/lifeline?user=U&password=P "
                    + "(default: $LIFELINE_DB, else the SQLite file)")
    String db;

    /** Opens (creating and migrating as needed) the store. */
    DeliveryStore open(Clock clock) {
        if (db != null && !db.isBlank()) {
            return DeliveryStore.open(db.trim(), new Properties(), clock);
        }
        return DeliveryStore.openSqlite(data, clock);
    }

    String where() {
        return db != null && !db.isBlank() ? db.replaceAll("password=[^&]*", "password=***") : data.resolve(DeliveryStore.SQLITE_FILE).toString();
    }
}
