package org.lifeline.groundstation.dispatch.flight;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.dispatch.request.DropTarget;
import org.lifeline.groundstation.dispatch.store.Delivery;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.geo.Geodesic;
import org.lifeline.groundstation.planning.mission.AirspaceWindow;

/**
 * Before a drop plan is sent: each drop of the plan must lie at its parcel's drop point as the
 * store recorded it at intake (within the drop zone), so a plan file changed or mixed up since
 * the wave never sends a parcel elsewhere; and, with an airspace, the drop point must still be
 * open for the flight.
 */
final class DropChecks {

    private DropChecks() {
    }

    /** Each parcel's drop zone radius where {@code airspace} has its drop point with a {@code zoneRadius}. */
    static List<OptionalDouble> zoneRadii(DeliveryStore store, List<String> parcelIds, Optional<Airspace> airspace) {
        return parcelIds.stream().map(p -> airspace.flatMap(a -> store.find(p)
                        .flatMap(d -> d.request().drop().dropPointId()).flatMap(a::dropPoint))
                .map(DropPoint::zoneRadiusMetres).orElse(OptionalDouble.empty())).toList();
    }

    /** Why a drop is not where its parcel goes, or empty. */
    static Optional<String> misplaced(DeliveryStore store, List<ParcelDrop> drops, Optional<Airspace> airspace, Instant now) {
        Optional<Airspace> inForce = airspace.map(a -> AirspaceWindow.forFlight(a, now));
        for (ParcelDrop d : drops) {
            Optional<Delivery> parcel = store.find(d.parcelId());
            if (parcel.isEmpty()) {
                return Optional.of(d.parcelId() + " is not in the dispatch store");
            }
            DropTarget to = parcel.get().request().drop();
            double off = Geodesic.distance(d.latitude(), d.longitude(), to.latitude(), to.longitude());
            if (off > d.zoneRadiusMetres()) {
                return Optional.of(String.format(Locale.ROOT, "the drop at item %d is %.0f m from %s's drop point %s "
                        + "(at most %.1f m expected): the plan is not this sortie's", d.missionSeq(), off, d.parcelId(),
                        to.name(), d.zoneRadiusMetres()));
            }
            if (inForce.isPresent()) {
                Optional<String> why = to.dropPointId().isPresent()
                        ? inForce.get().dropPointRefusal(to.dropPointId().get())
                        : inForce.get().dropRefusalAt(org.lifeline.plan.GeoPoint.of(to.latitude(), to.longitude()));
                if (why.isPresent()) {
                    return Optional.of(d.parcelId() + "'s drop point " + to.name() + " cannot take parcels now: " + why.get());
                }
            }
        }
        return Optional.empty();
    }
}
