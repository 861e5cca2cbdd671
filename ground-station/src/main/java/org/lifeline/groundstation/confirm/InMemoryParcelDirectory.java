package org.lifeline.groundstation.confirm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link ParcelDirectory} held in memory, for tests, benchmarks and the {@code serve --demo}
 * seam. Nothing survives the process. Confirmation is atomic per parcel.
 */
public final class InMemoryParcelDirectory implements ParcelDirectory {

    private record Entry(ParcelView view, boolean released) {
    }

    private final ConcurrentHashMap<String, Entry> parcels = new ConcurrentHashMap<>();
    private final AtomicInteger confirmations = new AtomicInteger();

    /** Adds (or replaces) a parcel; {@code released} says whether it has been dropped yet. */
    public InMemoryParcelDirectory put(ParcelView view, boolean released) {
        parcels.put(view.parcelId(), new Entry(view, released));
        return this;
    }

    /** Records that the parcel was released at its drop point. */
    public void markReleased(String parcelId) {
        parcels.computeIfPresent(parcelId, (id, e) -> new Entry(e.view(), true));
    }

    /** Every parcel, in no particular order. */
    public List<ParcelView> all() {
        List<ParcelView> out = new ArrayList<>();
        parcels.values().forEach(e -> out.add(e.view()));
        return out;
    }

    /** How many times a parcel moved to CONFIRMED (never more than once per parcel). */
    public int confirmations() {
        return confirmations.get();
    }

    @Override
    public Optional<ParcelView> find(String parcelId) {
        Entry e = parcels.get(parcelId);
        return e == null ? Optional.empty() : Optional.of(e.view());
    }

    @Override
    public ConfirmResult confirm(String parcelId, Instant at) {
        ConfirmResult[] result = {ConfirmResult.unknown()};
        parcels.computeIfPresent(parcelId, (id, e) -> {
            if (e.view().confirmed()) {
                result[0] = ConfirmResult.alreadyConfirmed(e.view().confirmedAt());
                return e;
            }
            if (!e.released()) {
                result[0] = ConfirmResult.notReleasedYet("the drone has not released this parcel yet");
                return e;
            }
            confirmations.incrementAndGet();
            result[0] = ConfirmResult.confirmed(at);
            return new Entry(e.view().confirmedAt(at), true);
        });
        return result[0];
    }
}
