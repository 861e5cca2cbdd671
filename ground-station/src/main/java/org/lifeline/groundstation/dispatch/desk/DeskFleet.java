package org.lifeline.groundstation.dispatch.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.lifeline.groundstation.dispatch.assign.FleetBusDrones;
import org.lifeline.groundstation.dispatch.assign.FleetDrone;
import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.dispatch.request.PayloadLimit;
import org.lifeline.groundstation.fleet.DroneView;

/**
 * The fleet a wave sees, from the registry and the store's open sorties: a drone whose sortie
 * has not landed yet gets no second one. Live battery and availability come from the fleet bus
 * when there is one; without it every other registered drone is assumed ready and full.
 */
public final class DeskFleet {

    /** The charge assumed without the fleet bus. */
    public static final double ASSUMED_BATTERY_PERCENT = 100;

    private DeskFleet() {
    }

    /**
     * @param openSortie the store's open sortie of a drone, by drone id
     */
    public static List<FleetDrone> assumedReady(List<RegisteredDrone> registry, Function<String, Optional<String>> openSortie) {
        List<FleetDrone> fleet = new ArrayList<>();
        for (RegisteredDrone r : registry) {
            Optional<String> why = openSortie.apply(r.droneId()).map(s -> "sortie " + s + " has not landed yet");
            fleet.add(new FleetDrone(r.droneId(), r.vehicle(), r.launchSiteId(), ASSUMED_BATTERY_PERCENT, why));
        }
        return fleet;
    }

    /**
     * The heaviest parcel intake accepts for this fleet: the largest payload among its drones'
     * vehicles. Every intake path (command line, CSV, the JSON API) checks against it.
     */
    public static PayloadLimit payloadLimit(List<RegisteredDrone> registry) {
        return PayloadLimit.of(registry.stream().map(RegisteredDrone::vehicle).toList());
    }

    /**
     * @param views      the fleet bus's view of a drone by id
     * @param openSortie the store's open sortie of a drone, by drone id
     */
    public static List<FleetDrone> live(List<RegisteredDrone> registry, Function<String, Optional<DroneView>> views,
                                        Function<String, Optional<String>> openSortie) {
        List<String> aloft = registry.stream().map(RegisteredDrone::droneId).filter(id -> openSortie.apply(id).isPresent()).toList();
        return FleetBusDrones.of(registry, views, aloft);
    }
}
