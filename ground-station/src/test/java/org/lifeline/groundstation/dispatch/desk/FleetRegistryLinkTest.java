package org.lifeline.groundstation.dispatch.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.dispatch.assign.RegisteredDrone;
import org.lifeline.groundstation.planning.mission.SampleAirspace;

/** The registry's optional per-drone {@code link}: the MAVLink URI {@code --connect} takes. */
class FleetRegistryLinkTest {

    @TempDir
    Path dir;

    @Test
    void aDroneMayNameItsLinkInAnyFormConnectTakesAndOthersHaveNone() throws Exception {
        Files.copy(SampleAirspace.VEHICLE, dir.resolve("q.json"));
        Path file = dir.resolve("fleet.json");
        Files.writeString(file, """
                {"drones": [
                  {"id": "d1", "vehicle": "q.json", "launchSite": "launch-fire", "link": "tcp://127.0.0.1:5760"},
                  {"id": "d2", "vehicle": "q.json", "launchSite": "launch-west", "link": "serial:/dev/ttyUSB0?baud=57600"},
                  {"id": "d3", "vehicle": "q.json", "launchSite": "launch-west", "link": "udpin://0.0.0.0:14550"},
                  {"id": "d4", "vehicle": "q.json", "launchSite": "launch-west"}
                ]}""");
        List<RegisteredDrone> fleet = FleetRegistry.read(file);
        assertThat(fleet).extracting(RegisteredDrone::link).containsExactly(Optional.of("tcp://127.0.0.1:5760"),
                Optional.of("serial:/dev/ttyUSB0?baud=57600"), Optional.of("udpin://0.0.0.0:14550"), Optional.empty());
        assertThat(FleetRegistry.read(SampleAirspace.DIR.resolve("fleet.json")).get(2).link()).contains("tcp://127.0.0.1:5760");
    }

    @Test
    void aBadLinkIsRefusedNamingTheFileTheDroneAndTheField() throws Exception {
        Files.copy(SampleAirspace.VEHICLE, dir.resolve("q.json"));
        Path file = dir.resolve("fleet.json");
        Files.writeString(file, """
                {"drones": [
                  {"id": "d1", "vehicle": "q.json", "launchSite": "launch-fire", "link": "carrier-pigeon://loft"},
                  {"id": "d2", "vehicle": "q.json", "launchSite": "launch-fire", "link": 5760},
                  {"id": "d3", "vehicle": "q.json", "launchSite": "launch-fire", "link": "tcp://127.0.0.1:99999"}
                ]}""");
        assertThatThrownBy(() -> FleetRegistry.read(file)).isInstanceOf(FleetRegistryException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining("drones[0] (drone d1).link: ").hasMessageContaining("carrier-pigeon://loft")
                .hasMessageContaining("drones[1] (drone d2).link: got 5760; expected a MAVLink connect URI")
                .hasMessageContaining("drones[2] (drone d3).link: ");
    }

    @Test
    void aDronesVehicleFileIsFoundRelativeToTheRegistryForTheSortieArchive() throws Exception {
        Files.createDirectories(dir.resolve("vehicles"));
        Files.copy(SampleAirspace.VEHICLE, dir.resolve("vehicles").resolve("q.json"));
        Path file = dir.resolve("fleet.json");
        Files.writeString(file, """
                {"drones": [
                  {"id": "d1", "vehicle": "vehicles/q.json", "launchSite": "launch-fire"}
                ]}""");
        assertThat(FleetRegistry.vehicleFile(file, "d1")).contains(dir.resolve("vehicles").resolve("q.json").toAbsolutePath().normalize());
        assertThat(FleetRegistry.vehicleFile(file, "d9")).isEmpty();
        Files.writeString(file, "{\"drones\": []}");
        assertThatThrownBy(() -> FleetRegistry.vehicleFile(file, "d1")).isInstanceOf(FleetRegistryException.class)
                .hasMessageStartingWith(file + ": drones: ");
    }
}
