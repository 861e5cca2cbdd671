package org.lifeline.groundstation.dispatch.assign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.Telemetry;
import org.lifeline.groundstation.fleet.DroneView;

/** The fleet bus's live drone state decides who flies and with how much charge. */
class FleetBusDronesTest {

    private static DroneView view(String id, DroneStatus.State state, boolean stale, boolean armed, double battery) {
        Telemetry t = new Telemetry(id, 1_000, 34.05, 114.40, 0, 60, 0, 0, battery, 16.2, 3, 12, "STABILIZE", armed, 0);
        return new DroneView(id, Optional.of(new DroneStatus(id, state, 1_000, "1.0")), Optional.of(t), 100, stale, List.of());
    }

    @Test
    void onlyAnOnlineDisarmedDroneWithFreshTelemetryAndNoSortieIsAvailable() {
        Map<String, DroneView> views = Map.of(
                "ok", view("ok", DroneStatus.State.ONLINE, false, false, 87),
                "off", view("off", DroneStatus.State.OFFLINE, false, false, 90),
                "stale", view("stale", DroneStatus.State.ONLINE, true, false, 90),
                "armed", view("armed", DroneStatus.State.ONLINE, false, true, 90),
                "aloft", view("aloft", DroneStatus.State.ONLINE, false, false, 90));
        List<RegisteredDrone> registry = views.keySet().stream().sorted()
                .map(id -> new RegisteredDrone(id, AssignFixtures.quad(), "launch-fire")).toList();
        List<RegisteredDrone> withUnknown = new java.util.ArrayList<>(registry);
        withUnknown.add(new RegisteredDrone("never-seen", AssignFixtures.quad(), "launch-west"));

        List<FleetDrone> fleet = FleetBusDrones.of(withUnknown, id -> Optional.ofNullable(views.get(id)), List.of("aloft"));

        Map<String, FleetDrone> byId = new java.util.HashMap<>();
        fleet.forEach(d -> byId.put(d.droneId(), d));
        assertThat(byId.get("ok").available()).isTrue();
        assertThat(byId.get("ok").batteryPercent()).isEqualTo(87);
        assertThat(byId.get("off").unavailable()).contains("offline: its agent is not connected to the fleet bus");
        assertThat(byId.get("stale").unavailable()).contains("no fresh telemetry (battery and position unknown)");
        assertThat(byId.get("armed").unavailable()).contains("armed: it is flying or about to");
        assertThat(byId.get("aloft").unavailable()).contains("flying a sortie");
        assertThat(byId.get("never-seen").unavailable()).contains("offline: its agent is not connected to the fleet bus");
    }
}
