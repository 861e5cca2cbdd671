package org.lifeline.groundstation.dispatch.desk;

import java.util.Optional;

import org.lifeline.groundstation.dispatch.assign.QueuedParcel;
import org.lifeline.groundstation.dispatch.store.Delivery;

/** Adapter from a stored delivery to the parcel a wave sees. */
final class QueuedParcels {

    private QueuedParcels() {
    }

    /** The parcel, or empty for a drop given by coordinates (waves fly to airspace drop points only). */
    static Optional<QueuedParcel> of(Delivery d) {
        return d.request().drop().dropPointId().map(dp -> new QueuedParcel(d.id(), dp, d.request().weightGrams(),
                d.request().priority(), d.requestedAt(), d.request().deadline()));
    }
}
