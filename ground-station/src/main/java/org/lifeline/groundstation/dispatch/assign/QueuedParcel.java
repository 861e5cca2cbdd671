package org.lifeline.groundstation.dispatch.assign;

import org.lifeline.groundstation.dispatch.request.Priority;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A parcel waiting for a drone, as assignment sees a request.
 *
 * @param requestId   the delivery request it carries
 * @param dropPointId airspace drop point it goes to
 * @param weightGrams parcel weight
 * @param priority    priority class
 * @param requestedAt when the request was taken (a returned parcel keeps its original time, so
 *                    it keeps its place in the queue)
 * @param deadline    latest acceptable drop time, if any
 */
public record QueuedParcel(String requestId, String dropPointId, int weightGrams, Priority priority,
                           Instant requestedAt, Optional<Instant> deadline) {

    /** Queue order: priority class, then earliest deadline, then oldest request, then id. */
    public static final Comparator<QueuedParcel> QUEUE_ORDER = Comparator.comparing(QueuedParcel::priority)
            .thenComparing(p -> p.deadline().orElse(Instant.MAX))
            .thenComparing(QueuedParcel::requestedAt)
            .thenComparing(QueuedParcel::requestId);

    public QueuedParcel {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(dropPointId, "dropPointId");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(deadline, "deadline");
        if (weightGrams <= 0) {
            throw new IllegalArgumentException("request " + requestId + ": weight " + weightGrams + " g is not positive");
        }
    }
}
