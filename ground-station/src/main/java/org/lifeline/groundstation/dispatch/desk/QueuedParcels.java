package org.lifeline.groundstation.dispatch.desk;

import org.lifeline.groundstation.dispatch.assign.QueuedParcel;
import org.lifeline.groundstation.dispatch.request.DropTarget;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.plan.GeoPoint;

/** Adapter from a stored delivery to the parcel a wave sees. */
final class QueuedParcels {

    private QueuedParcels() {
    }

    /** The parcel: to its airspace drop point, or to its own coordinates. */
    static QueuedParcel of(Delivery d) {
        DropTarget drop = d.request().drop();
        return drop.dropPointId().map(dp -> new QueuedParcel(d.id(), dp, d.request().weightGrams(),
                        d.request().priority(), d.requestedAt(), d.request().deadline()))
                .orElseGet(() -> QueuedParcel.atPosition(d.id(), GeoPoint.of(drop.latitude(), drop.longitude()),
                        d.request().weightGrams(), d.request().priority(), d.requestedAt(), d.request().deadline()));
    }
}
