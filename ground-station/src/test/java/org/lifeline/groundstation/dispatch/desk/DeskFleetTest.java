package org.lifeline.groundstation.dispatch.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.dispatch.assign.FleetDrone;
import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.planning.mission.SampleAirspace;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;

class DeskFleetTest {

    @Test
    void withoutTheFleetBusEveryDroneIsFullAndReadyUnlessItsSortieHasNotLanded() throws Exception {
        var vehicle = VehicleFileReader.read(SampleAirspace.VEHICLE);
        List<RegisteredDrone> registry = List.of(new RegisteredDrone("d1", vehicle, "launch-fire"),
                new RegisteredDrone("d2", vehicle, "launch-west"));
        List<FleetDrone> fleet = DeskFleet.assumedReady(registry, id -> id.equals("d2") ? Optional.of("S-7") : Optional.empty());
        assertThat(fleet.get(0).available()).isTrue();
        assertThat(fleet.get(0).batteryPercent()).isEqualTo(100);
        assertThat(fleet.get(1).unavailable()).contains("sortie S-7 has not landed yet");
    }

    @Test
    void withTheFleetBusADroneNotOnTheBusIsOfflineAndOneWithAnOpenSortieIsFlying() throws Exception {
        var vehicle = VehicleFileReader.read(SampleAirspace.VEHICLE);
        List<RegisteredDrone> registry = List.of(new RegisteredDrone("d1", vehicle, "launch-fire"),
                new RegisteredDrone("d2", vehicle, "launch-west"));
        List<FleetDrone> fleet = DeskFleet.live(registry, id -> Optional.empty(), id -> id.equals("d2") ? Optional.of("S-7") : Optional.empty());
        assertThat(fleet.get(0).unavailable().orElseThrow()).startsWith("offline");
        assertThat(fleet.get(1).unavailable()).contains("flying a sortie");
    }
}
