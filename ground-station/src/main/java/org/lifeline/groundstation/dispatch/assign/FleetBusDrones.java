package org.lifeline.groundstation.dispatch.assign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.lifeline.fleet.Telemetry;
import org.lifeline.groundstation.fleet.DroneView;

/**
 * Adapter from the fleet bus's live view of each drone ({@link DroneView}) to the fleet a wave
 * sees: a registered drone is available when its agent is online, its telemetry is fresh, it
 * is disarmed on the ground and it flies no sortie; its charge is the telemetry's battery
 * percentage. Anything else makes it unavailable, with the reason.
 */
public final class FleetBusDrones {

    private FleetBusDrones() {
    }

    /**
     * @param registry the fleet registry
     * @param views    the fleet bus's view of a drone by id ({@code FleetBus::view})
     * @param aloft    drones flying a sortie now
     */
    public static List<FleetDrone> of(List<RegisteredDrone> registry, Function<String, Optional<DroneView>> views,
                                      Collection<String> aloft) {
        List<FleetDrone> out = new ArrayList<>();
        for (RegisteredDrone r : registry) {
            Optional<DroneView> view = views.apply(r.droneId());
            Optional<Telemetry> t = view.flatMap(DroneView::telemetry);
            double battery = t.map(Telemetry::batteryPercent).filter(b -> b >= 0 && b <= 100).orElse(0.0);
            Optional<String> why = unavailable(r, view, t, aloft);
            out.add(new FleetDrone(r.droneId(), r.vehicle(), r.launchSiteId(), battery, why));
        }
        return out;
    }

    private static Optional<String> unavailable(RegisteredDrone r, Optional<DroneView> view, Optional<Telemetry> t,
                                                Collection<String> aloft) {
        if (aloft.contains(r.droneId())) {
            return Optional.of("flying a sortie");
        }
        if (view.isEmpty() || !view.get().online()) {
            return Optional.of("offline: its agent is not connected to the fleet bus");
        }
        if (t.isEmpty() || view.get().stale()) {
            return Optional.of("no fresh telemetry (battery and position unknown)");
        }
        if (t.get().armed()) {
            return Optional.of("armed: it is flying or about to");
        }
        double b = t.get().batteryPercent();
        if (!(b >= 0 && b <= 100)) {
            return Optional.of(String.format(Locale.ROOT, "battery reading %.0f %% is not a percentage", b));
        }
        return Optional.empty();
    }
}
