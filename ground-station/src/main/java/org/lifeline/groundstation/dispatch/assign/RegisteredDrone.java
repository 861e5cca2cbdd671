package org.lifeline.groundstation.dispatch.assign;

import java.util.Objects;
import java.util.Optional;

import org.lifeline.groundstation.planning.vehicle.VehicleProfile;

/**
 * A drone of the fleet registry: what does not change between waves.
 *
 * @param droneId      its fleet id (the MQTT topic's drone id)
 * @param vehicle      its airframe, read from its vehicle file
 * @param launchSiteId the launch site it flies from
 * @param link         how the ground station reaches its flight controller over MAVLink, as
 *                     {@code --connect} takes it (e.g. {@code tcp://127.0.0.1:5760},
 *                     {@code serial:/dev/ttyUSB0?baud=57600}); empty when the registry names none
 */
public record RegisteredDrone(String droneId, VehicleProfile vehicle, String launchSiteId, Optional<String> link) {

    public RegisteredDrone {
        Objects.requireNonNull(droneId, "droneId");
        Objects.requireNonNull(vehicle, "vehicle");
        Objects.requireNonNull(launchSiteId, "launchSiteId");
        Objects.requireNonNull(link, "link");
    }

    /** A drone without a MAVLink link in the registry. */
    public RegisteredDrone(String droneId, VehicleProfile vehicle, String launchSiteId) {
        this(droneId, vehicle, launchSiteId, Optional.empty());
    }

    /** Drone id to its link URI, in id order, for the drones of {@code registry} that have a link. */
    public static java.util.SortedMap<String, String> links(java.util.List<RegisteredDrone> registry) {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        registry.forEach(d -> d.link().ifPresent(uri -> out.put(d.droneId(), uri)));
        return out;
    }
}
