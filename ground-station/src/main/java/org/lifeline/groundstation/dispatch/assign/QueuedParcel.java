package org.lifeline.groundstation.dispatch.assign;

import org.lifeline.groundstation.dispatch.request.Priority;
import org.lifeline.plan.GeoPoint;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A parcel waiting for a drone, as assignment sees a request.
 *
 * @param requestId   the delivery request it carries
 * @param dropPointId airspace drop point it goes to; for a drop given by coordinates, those
 *                    coordinates as text ({@code 34.080500,114.401500}), which name it in every
 *                    explanation and in the plan
 * @param weightGrams parcel weight
 * @param priority    priority class
 * @param requestedAt when the request was taken (a returned parcel keeps its original time, so
 *                    it keeps its place in the queue)
 * @param deadline    latest acceptable drop time, if any
 * @param position    where to drop it, for a drop given by coordinates (checked against the
 *                    airspace at intake); empty for an airspace drop point
 */
public record QueuedParcel(String requestId, String dropPointId, int weightGrams, Priority priority,
                           Instant requestedAt, Optional<Instant> deadline, Optional<GeoPoint> position) {

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
        Objects.requireNonNull(position, "position");
        if (weightGrams <= 0) {
            throw new IllegalArgumentException("request " + requestId + ": weight " + weightGrams + " g is not positive");
        }
    }

    /** A parcel for an airspace drop point. */
    public QueuedParcel(String requestId, String dropPointId, int weightGrams, Priority priority, Instant requestedAt,
                        Optional<Instant> deadline) {
        this(requestId, dropPointId, weightGrams, priority, requestedAt, deadline, Optional.empty());
    }

    /** A parcel for a drop given by coordinates, named by them ({@link CoordinateDrops#id}). */
    public static QueuedParcel atPosition(String requestId, GeoPoint position, int weightGrams, Priority priority,
                                          Instant requestedAt, Optional<Instant> deadline) {
        return new QueuedParcel(requestId, CoordinateDrops.id(position.latitude(), position.longitude()), weightGrams,
                priority, requestedAt, deadline, Optional.of(position));
    }
}
