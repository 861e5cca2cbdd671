package org.lifeline.groundstation.dispatch.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.planning.mission.SampleAirspace;

class FleetRegistryTest {

    @TempDir
    Path dir;

    @Test
    void theSampleFleetReadsWithVehiclesRelativeToTheRegistry() throws Exception {
        List<RegisteredDrone> fleet = FleetRegistry.read(SampleAirspace.DIR.resolve("fleet.json"));
        assertThat(fleet).extracting(RegisteredDrone::droneId).containsExactly("drone-1", "drone-2", "sim-1");
        assertThat(fleet).extracting(RegisteredDrone::launchSiteId).containsExactly("launch-fire", "launch-west", "launch-fire");
        assertThat(fleet.get(0).vehicle().maxPayloadKg()).isEqualTo(2.0);
        assertThat(fleet.get(2).vehicle().maxPayloadKg()).isEqualTo(1.0);
    }

    @Test
    void everyBadDroneIsReportedAtOnceNamingItsField() throws Exception {
        Files.copy(SampleAirspace.VEHICLE, dir.resolve("q.json"));
        Path file = dir.resolve("fleet.json");
        Files.writeString(file, """
                {"drones": [
                  {"id": "d1", "vehicle": "q.json", "launchSite": "launch-fire"},
                  {"id": "d1", "vehicle": "q.json", "launchSite": "launch-west"},
                  {"vehicle": "missing.json", "launchSite": 7, "battery": 80}
                ]}""");
        assertThatThrownBy(() -> FleetRegistry.read(file)).isInstanceOf(FleetRegistryException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("drones[1].id: \"d1\" is registered twice")
                .hasMessageContaining("drones[2].id: missing; expected a drone id")
                .hasMessageContaining("drones[2].vehicle: ")
                .hasMessageContaining("missing.json")
                .hasMessageContaining("drones[2].launchSite: got 7; expected a launch site id")
                .hasMessageContaining("drones[2].battery: unknown field");
    }

    @Test
    void aMissingFileBrokenJsonOrNoDronesSayWhatWasExpected() throws Exception {
        assertThatThrownBy(() -> FleetRegistry.read(dir.resolve("none.json"))).hasMessageContaining("no such fleet registry file");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n \"drones\": [\n");
        assertThatThrownBy(() -> FleetRegistry.read(broken)).hasMessageContaining("line ").hasMessageContaining("not valid JSON");
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "{\"drones\": []}");
        assertThatThrownBy(() -> FleetRegistry.read(empty)).hasMessageContaining("drones: expected").hasMessageContaining("at least one drone");
    }
}
