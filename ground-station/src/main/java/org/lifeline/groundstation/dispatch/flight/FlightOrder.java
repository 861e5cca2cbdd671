package org.lifeline.groundstation.dispatch.flight;

import java.util.Objects;
import java.util.Optional;

import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;

/**
 * Which sortie to send, on which drone, over which link.
 *
 * @param sortieId the recorded sortie (e.g. {@code S-20260402-080000-drone-1})
 * @param drone    its drone from the fleet registry (the vehicle file decides the drop limits)
 * @param link     how its flight controller is reached
 */
public record FlightOrder(String sortieId, RegisteredDrone drone, VehicleLink link) {

    public FlightOrder {
        Objects.requireNonNull(sortieId, "sortieId");
        Objects.requireNonNull(drone, "drone");
        Objects.requireNonNull(link, "link");
    }

    /**
     * An order over {@code connect}, or over the registry's link of the drone when it is empty.
     *
     * @throws IllegalArgumentException when neither names a link
     */
    public static FlightOrder of(String sortieId, RegisteredDrone drone, Optional<String> connect) {
        String uri = connect.or(drone::link).orElseThrow(() -> new IllegalArgumentException("drone " + drone.droneId()
                + " has no link in the fleet registry and none was given: expected --connect URI or a \"link\" for it"));
        return new FlightOrder(sortieId, drone, VehicleLink.of(uri));
    }

    public FlightOrder withLink(VehicleLink value) {
        return new FlightOrder(sortieId, drone, value);
    }
}
