package org.lifeline.groundstation.dispatch.assign;

import java.util.Objects;
import java.util.Optional;

import org.lifeline.groundstation.planning.vehicle.VehicleProfile;

/**
 * One drone of the fleet as a wave sees it.
 *
 * @param droneId        fleet id
 * @param vehicle        its airframe (from its vehicle file)
 * @param launchSiteId   the launch site it flies from and returns to
 * @param batteryPercent charge now, 0..100 (the reserve is always a share of a full battery)
 * @param unavailable    why it cannot fly this wave (offline, in flight, no telemetry ...), empty if it can
 */
public record FleetDrone(String droneId, VehicleProfile vehicle, String launchSiteId, double batteryPercent,
                         Optional<String> unavailable) {

    public FleetDrone {
        Objects.requireNonNull(droneId, "droneId");
        Objects.requireNonNull(vehicle, "vehicle");
        Objects.requireNonNull(launchSiteId, "launchSiteId");
        Objects.requireNonNull(unavailable, "unavailable");
        if (!(batteryPercent >= 0 && batteryPercent <= 100)) {
            throw new IllegalArgumentException("drone " + droneId + ": battery " + batteryPercent + " % is not 0..100");
        }
    }

    /** An available drone. */
    public static FleetDrone ready(String droneId, VehicleProfile vehicle, String launchSiteId, double batteryPercent) {
        return new FleetDrone(droneId, vehicle, launchSiteId, batteryPercent, Optional.empty());
    }

    public boolean available() {
        return unavailable.isEmpty();
    }

    /** Energy it may spend on a sortie: its charge less the reserve of a full battery, in Wh. */
    public double spendableWh() {
        return vehicle.batteryWh() * batteryPercent / 100.0 - vehicle.reserveWh();
    }

    /** Its payload in grams. */
    public int payloadGrams() {
        return (int) Math.floor(vehicle.maxPayloadKg() * 1000 + 1e-6);
    }
}
