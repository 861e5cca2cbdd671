package org.lifeline.groundstation.logs.archive;

import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.SortieRecord;
import org.lifeline.groundstation.dispatch.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The deliveries a drone carried, from the dispatch store: the parcels of its sorties whose time
 * overlaps the flight (recorded before it landed and not closed before it took off). A sortie
 * left open for longer than {@link #OPEN_SORTIE_LIMIT} before the flight is taken as stale (its
 * landing was never recorded) and not counted.
 */
public final class StoreDeliverySource implements DeliverySource {

    public static final Duration OPEN_SORTIE_LIMIT = Duration.ofHours(12);

    private final DeliveryStore store;
    private final Consumer<String> notes;

    public StoreDeliverySource(DeliveryStore store, Consumer<String> notes) {
        this.store = store;
        this.notes = notes;
    }

    /** The data folder's SQLite store, when it has one (a folder without it has no deliveries to find). */
    public static Optional<DeliveryStore> openIfPresent(Path dataDir, Clock clock) {
        if (!Files.isRegularFile(dataDir.resolve(DeliveryStore.SQLITE_FILE))) {
            return Optional.empty();
        }
        return Optional.of(DeliveryStore.openSqlite(dataDir, clock));
    }

    /**
     * The deliveries in the data folder's SQLite store, opened for each look-up (and closed again),
     * none when the folder has no store.
     */
    public static DeliverySource inDataFolder(Path dataDir, Clock clock, Consumer<String> notes) {
        return (vehicle, from, to) -> {
            try {
                Optional<DeliveryStore> store = openIfPresent(dataDir, clock);
                if (store.isEmpty()) {
                    return List.of();
                }
                try (DeliveryStore s = store.get()) {
                    return new StoreDeliverySource(s, notes).deliveries(vehicle, from, to);
                }
            } catch (StoreException e) {
                notes.accept("dispatch store in " + dataDir + ": " + e.getMessage() + "; filed without deliveries");
                return List.of();
            }
        };
    }

    /**
     * The deliveries in a dispatch store at a JDBC URL (PostgreSQL shared by several dispatchers,
     * or SQLite), opened for each look-up and closed again; none, with a note, when it cannot be
     * opened.
     */
    public static DeliverySource inDatabase(String jdbcUrl, java.util.Properties properties, Clock clock, Consumer<String> notes) {
        String where = jdbcUrl.replaceAll("password=[^&]*", "password=***");
        return (vehicle, from, to) -> {
            try (DeliveryStore s = DeliveryStore.open(jdbcUrl, properties, clock)) {
                return new StoreDeliverySource(s, notes).deliveries(vehicle, from, to);
            } catch (StoreException e) {
                notes.accept("dispatch store " + where + ": " + e.getMessage() + "; filed without deliveries");
                return List.of();
            }
        };
    }

    @Override
    public List<String> deliveries(String vehicle, Instant from, Instant to) {
        List<String> out = new ArrayList<>();
        try {
            for (SortieRecord s : store.sortiesOverlapping(vehicle, from, to)) {
                if (s.closedAt().isEmpty() && s.createdAt().isBefore(from.minus(OPEN_SORTIE_LIMIT))) {
                    continue;
                }
                s.parcelIds().stream().filter(p -> !out.contains(p)).forEach(out::add);
            }
        } catch (StoreException e) {
            notes.accept("dispatch store: deliveries of " + vehicle + " not found: " + e.getMessage());
        }
        return out;
    }
}
