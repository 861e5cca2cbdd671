package org.lifeline.groundstation.dispatch.assign;

import java.util.List;
import java.util.Objects;

/**
 * One drone's flight in a wave: from its launch site to each parcel's drop point in order and back.
 *
 * @param droneId        the drone
 * @param launchSiteId   where it takes off and lands
 * @param parcels        the parcels in visiting order (at least one)
 * @param metres         geofenced horizontal distance of the tour
 * @param seconds        estimated flight time, drops included
 * @param estimatedWh    energy the assignment model expects it to use
 */
public record Sortie(String droneId, String launchSiteId, List<QueuedParcel> parcels, double metres, double seconds,
                     double estimatedWh) {

    public Sortie {
        Objects.requireNonNull(droneId, "droneId");
        Objects.requireNonNull(launchSiteId, "launchSiteId");
        parcels = List.copyOf(parcels);
        if (parcels.isEmpty()) {
            throw new IllegalArgumentException("sortie of " + droneId + " carries no parcel");
        }
    }

    public List<String> dropPointIds() {
        return parcels.stream().map(QueuedParcel::dropPointId).toList();
    }

    public int payloadGrams() {
        return parcels.stream().mapToInt(QueuedParcel::weightGrams).sum();
    }
}
