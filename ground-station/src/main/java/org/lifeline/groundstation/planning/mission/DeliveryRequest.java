package org.lifeline.groundstation.planning.mission;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

import org.lifeline.plan.GeoPoint;

/**
 * What to plan: from which launch site, to which drop points in order, with which margin.
 *
 * @param launchId   launch site id in the airspace
 * @param dropIds    drop point ids, in delivery order
 * @param margin     horizontal safety margin from no-fly zones, metres
 * @param payloadKg  the parcel's weight, checked against the vehicle's maximum when given
 * @param safeSpots  extra rally points besides the launch sites
 * @param landing    how the mission ends
 */
public record DeliveryRequest(String launchId, List<String> dropIds, double margin, OptionalDouble payloadKg,
                              List<GeoPoint> safeSpots, Landing landing) {

    public DeliveryRequest {
        Objects.requireNonNull(launchId, "launchId");
        dropIds = List.copyOf(dropIds);
        safeSpots = List.copyOf(safeSpots);
        Objects.requireNonNull(payloadKg, "payloadKg");
        Objects.requireNonNull(landing, "landing");
        if (!(margin >= 0)) {
            throw new IllegalArgumentException("margin " + margin + " is not >= 0 metres");
        }
    }
}
