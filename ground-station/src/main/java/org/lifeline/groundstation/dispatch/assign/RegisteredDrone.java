package org.lifeline.groundstation.dispatch.assign;

import java.util.Objects;

import org.lifeline.groundstation.planning.vehicle.VehicleProfile;

/**
 * A drone of the fleet registry: what does not change between waves.
 *
 * @param droneId      its fleet id (the MQTT topic's drone id)
 * @param vehicle      its airframe, read from its vehicle file
 * @param launchSiteId the launch site it flies from
 */
public record RegisteredDrone(String droneId, VehicleProfile vehicle, String launchSiteId) {

    public RegisteredDrone {
        Objects.requireNonNull(droneId, "droneId");
        Objects.requireNonNull(vehicle, "vehicle");
        Objects.requireNonNull(launchSiteId, "launchSiteId");
    }
}
