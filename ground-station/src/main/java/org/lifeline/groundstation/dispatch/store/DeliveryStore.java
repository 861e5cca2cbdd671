package org.lifeline.groundstation.dispatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

import org.lifeline.groundstation.dispatch.request.DispatchRequest;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Transition;

/**
 * Deliveries that outlive the process. Every change is one transaction that appends to the
 * history and updates the current state together, committed before the method returns — so
 * whatever a caller does next (plan, upload, tell the recipient) happens only after the
 * change is on disk. Two stores on one database (two dispatcher processes) never move the
 * same delivery from one state twice: SQLite admits one writer at a time and PostgreSQL locks
 * the row, and the history's primary key (delivery, number) would refuse a second entry.
 *
 * <p>Waves: {@link #claimQueued} hands a dispatcher the most urgent queued requests that no
 * one else holds, {@link #recordSortie} assigns some of them to a drone, {@link #releaseClaim}
 * gives back the rest. Thread-safe; one JDBC connection per store.
 */
public final class DeliveryStore implements AutoCloseable {

    /** The SQLite file inside the data folder. */
    public static final String SQLITE_FILE = "dispatch.db";
    /** Same recipient and same items within this time are flagged as a likely duplicate. */
    public static final Duration DEFAULT_DUPLICATE_WINDOW = Duration.ofHours(24);

    private static final String ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Clock clock;
    private final int schemaVersion;

    private DeliveryStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.schemaVersion = Migrations.apply(db, clock);
    }

    /** Opens (creating and migrating as needed) the database at a JDBC URL. */
    public static DeliveryStore open(String jdbcUrl, Properties properties, Clock clock) {
        return new DeliveryStore(new Database(jdbcUrl, properties), clock);
    }

    /** Opens the SQLite store in {@code dataDir}, creating the folder if needed. */
    public static DeliveryStore openSqlite(Path dataDir, Clock clock) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
        }
        return open("jdbc:sqlite:" + dataDir.resolve(SQLITE_FILE), new Properties(), clock);
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public Dialect dialect() {
        return db.dialect();
    }

    public Clock clock() {
        return clock;
    }

    /** The operators' action log, in the same database. */
    public ActionLog actions() {
        return new ActionLog(db, clock);
    }

    /** A new delivery id such as {@code P-7KX3M9QF}: 40 random bits, no personal data, easy to read out. */
    static String newId() {
        StringBuilder b = new StringBuilder("P-");
        for (int i = 0; i < 8; i++) {
            b.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        return b.toString();
    }

    /** Stores one accepted request (or finds it, when its import key is already stored). */
    public Added add(DispatchRequest request, Duration duplicateWindow) {
        return addAll(List.of(request), duplicateWindow).get(0);
    }

    /**
     * Stores requests all together or not at all. A request whose import key is stored already
     * is not added again; one whose recipient and items match a delivery from the last
     * {@code duplicateWindow} is added and flagged.
     */
    public List<Added> addAll(List<DispatchRequest> requests, Duration duplicateWindow) {
        Instant now = clock.instant();
        return db.inTransaction("storing " + requests.size() + " request(s)", c -> {
            List<Added> out = new ArrayList<>();
            for (DispatchRequest q : requests) {
                Optional<Delivery> existing = q.importKey().isEmpty() ? Optional.empty()
                        : Rows.query(c, "WHERE import_key = ?", q.importKey().get()).stream().findFirst();
                if (existing.isPresent()) {
                    out.add(new Added(existing.get(), true, existing.get().duplicateOf()));
                    continue;
                }
                Optional<String> dup = Rows.query(c, "WHERE recipient_key = ? AND items_key = ? AND requested_ms >= ? "
                                + "ORDER BY requested_ms, id LIMIT 1", q.recipient().key(), q.itemsKey(),
                        now.minus(duplicateWindow).toEpochMilli()).stream().map(Delivery::id).findFirst();
                String id = newId();
                Rows.insert(c, id, q, now, out.size(), dup);
                out.add(new Added(Rows.query(c, "WHERE id = ?", id).get(0), false, dup));
            }
            return out;
        });
    }

    public Optional<Delivery> find(String id) {
        return db.inTransaction("reading " + id, c -> Rows.query(c, "WHERE id = ?", id).stream().findFirst());
    }

    /** What a label or confirmation page shows about a parcel. */
    public Optional<ParcelView> parcel(String parcelId) {
        return find(parcelId).map(ParcelView::of);
    }

    /** Deliveries in any of {@code states} (all when empty), most urgent and oldest first (file order within an import). */
    public List<Delivery> list(Collection<DeliveryState> states, int limit) {
        String where = states.isEmpty() ? "" : "WHERE state IN ("
                + states.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + ") ";
        return db.inTransaction("listing deliveries", c -> Rows.query(c, where + "ORDER BY priority_rank, requested_ms, intake_order, id LIMIT ?", limit));
    }

    /** The delivery's history, oldest first. */
    public List<Transition> history(String id) {
        return db.inTransaction("reading the history of " + id, c -> Rows.history(c, id));
    }

    /** How many deliveries are in each state (states with none left out). */
    public Map<DeliveryState, Integer> counts() {
        return db.inTransaction("counting deliveries", c -> {
            Map<DeliveryState, Integer> out = new EnumMap<>(DeliveryState.class);
            try (PreparedStatement p = c.prepareStatement("SELECT state, COUNT(*) FROM delivery GROUP BY state");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(DeliveryState.valueOf(r.getString(1)), r.getInt(2));
                }
            }
            return out;
        });
    }

    /** Records a transition now; refused (with the reason) when the state machine does not allow it. */
    public Outcome transition(String id, DeliveryState to, String reason) {
        return transition(id, to, reason, clock.instant());
    }

    public Outcome transition(String id, DeliveryState to, String reason, Instant at) {
        return db.inTransaction("moving " + id + " to " + to, c -> Rows.move(c, db.dialect(), id, to, reason, at, null));
    }

    /**
     * Takes a delivery off its sortie and puts it back in the queue in one transaction:
     * {@code → RETURNED} with {@code reason}, then {@code RETURNED → REQUESTED}. For an
     * assignment displaced by more urgent requests, or a sortie that will not fly. Refused
     * (nothing written) for a parcel in the air (IN_FLIGHT, RELEASED: its landing returns it)
     * and from states that never return (REQUESTED, the final ones).
     */
    public Outcome requeue(String id, String reason) {
        Instant at = clock.instant();
        return db.inTransaction("putting " + id + " back in the queue", c -> {
            Optional<Delivery> d = Rows.lock(c, db.dialect(), id);
            if (d.isPresent() && (d.get().state() == DeliveryState.IN_FLIGHT || d.get().state() == DeliveryState.RELEASED)) {
                return new Outcome(Outcome.Kind.REFUSED, Optional.of(d.get().state()),
                        id + " is " + d.get().state() + ": the parcel is not back on the ground; its sortie's landing returns it");
            }
            if (d.isPresent() && d.get().state() != DeliveryState.RETURNED) {
                Outcome o = Rows.move(c, db.dialect(), id, DeliveryState.RETURNED, reason, at, null);
                if (o.kind() != Outcome.Kind.DONE) {
                    return o;
                }
            }
            return Rows.move(c, db.dialect(), id, DeliveryState.REQUESTED, "back in the queue: " + reason, at, null);
        });
    }

    /**
     * The recipient confirms: RELEASED → CONFIRMED. Idempotent: a parcel already confirmed
     * answers {@link Outcome.Kind#ALREADY}; one not yet released is refused with its state.
     */
    public Outcome confirm(String parcelId, Instant at) {
        return db.inTransaction("confirming " + parcelId, c -> {
            Optional<Delivery> d = Rows.lock(c, db.dialect(), parcelId);
            if (d.isEmpty()) {
                return new Outcome(Outcome.Kind.UNKNOWN, Optional.empty(), "no parcel " + parcelId);
            }
            DeliveryState s = d.get().state();
            if (s == DeliveryState.CONFIRMED) {
                return new Outcome(Outcome.Kind.ALREADY, Optional.of(s), parcelId + " was already confirmed at " + d.get().stateSince());
            }
            if (s != DeliveryState.RELEASED) {
                return new Outcome(Outcome.Kind.REFUSED, Optional.of(s), parcelId + " is " + s + ", not released yet: nothing to confirm");
            }
            return Rows.move(c, db.dialect(), parcelId, DeliveryState.CONFIRMED, "the recipient confirmed receipt", at, null);
        });
    }

    /** Parcels RELEASED at or before {@code releasedBy} and still not confirmed, oldest first. */
    public List<Delivery> releasedUnconfirmed(Instant releasedBy) {
        return db.inTransaction("finding unconfirmed parcels", c -> Rows.query(c,
                "WHERE state = ? AND state_ms <= ? ORDER BY state_ms, id", DeliveryState.RELEASED.name(), releasedBy.toEpochMilli()));
    }

    // ---- waves and sorties -------------------------------------------------------------

    /** Claims up to {@code max} queued requests that nobody holds, most urgent and oldest first. */
    public WaveClaim claimQueued(String dispatcher, int max, Duration lease) {
        return db.inTransaction("claiming queued requests", c -> Waves.claim(c, db.dialect(), dispatcher, max, clock.instant(), lease));
    }

    /** Gives back every request of the claim that no sortie took. */
    public void releaseClaim(WaveClaim claim) {
        db.inTransaction("releasing claim " + claim.id(), c -> Rows.update(c,
                "UPDATE delivery SET claim_id = NULL, claim_until_ms = NULL WHERE claim_id = ?", claim.id()));
    }

    /**
     * Records a sortie and assigns its parcels (REQUESTED → ASSIGNED, with {@code reason}), all
     * or nothing. Every parcel must be queued and held by {@code claim}; otherwise nothing is
     * written and the refusal names the first parcel that is not.
     */
    public SortieResult recordSortie(WaveClaim claim, String sortieId, String droneId, List<String> parcelIds, String reason) {
        return db.inTransaction("recording sortie " + sortieId,
                c -> Waves.recordSortie(c, db.dialect(), claim, sortieId, droneId, parcelIds, reason, clock.instant()));
    }

    public Optional<SortieRecord> sortie(String sortieId) {
        return db.inTransaction("reading sortie " + sortieId, c -> Waves.sortie(c, "WHERE id = ?", sortieId));
    }

    /** The drone's latest sortie that has not landed yet. */
    public Optional<SortieRecord> openSortie(String droneId) {
        return db.inTransaction("finding the open sortie of " + droneId,
                c -> Waves.sortie(c, "WHERE drone_id = ? AND closed_ms IS NULL ORDER BY created_ms DESC, id DESC LIMIT 1", droneId));
    }

    /** Sorties that have not landed yet, newest first ({@code limit} at most). */
    public List<SortieRecord> openSorties(int limit) {
        return db.inTransaction("listing open sorties", c -> Waves.open(c, limit));
    }

    /** Marks the sortie as landed; later events of its drone belong to its next sortie. */
    public void closeSortie(String sortieId, Instant at) {
        db.inTransaction("closing sortie " + sortieId, c -> Rows.update(c,
                "UPDATE sortie SET closed_ms = ? WHERE id = ? AND closed_ms IS NULL", at.toEpochMilli(), sortieId));
    }

    /**
     * The drone's sorties whose time overlaps {@code from}..{@code to}: recorded by then, and not
     * landed before {@code from} (still open, or closed after it). Oldest first.
     */
    public List<SortieRecord> sortiesOverlapping(String droneId, Instant from, Instant to) {
        return db.inTransaction("finding the sorties of " + droneId, c -> Waves.sorties(c, droneId, from, to));
    }

    /** Runs {@code work} on this store's connection in one transaction (tests and tools). */
    <T> T inTransaction(String what, Database.Work<T> work) {
        return db.inTransaction(what, work);
    }

    @Override
    public void close() {
        db.close();
    }
}
