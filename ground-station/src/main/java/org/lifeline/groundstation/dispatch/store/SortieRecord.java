package org.lifeline.groundstation.dispatch.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One drone's flight in a wave, with its parcels in delivery order.
 *
 * @param id        sortie id, chosen by the assignment (e.g. {@code S-20260402-0930-d1})
 * @param droneId   the drone flying it
 * @param parcelIds its parcels (= delivery ids), in drop order
 * @param createdAt when it was recorded
 * @param closedAt  when the drone landed from it
 */
public record SortieRecord(String id, String droneId, List<String> parcelIds, Instant createdAt, Optional<Instant> closedAt) {

    public SortieRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(droneId, "droneId");
        parcelIds = List.copyOf(parcelIds);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
