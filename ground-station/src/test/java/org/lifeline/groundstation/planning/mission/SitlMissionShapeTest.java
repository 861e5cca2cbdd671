package org.lifeline.groundstation.planning.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.planning.vehicle.TestVehicles;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.PlanFiles;
import org.lifeline.support.ExternalProgram;

/**
 * The mission ArduCopter SITL flew for a real drop (shared/data/sitl-delivery.waypoints: the
 * gripper released, the flight landed) has the shape this builder produces. Built for the same
 * route, our items must match it command for command, position for position, altitude for
 * altitude and hold for hold; only the fields that file leaves at 0 differ (waypoint acceptance
 * radius, the gripper number).
 */
class SitlMissionShapeTest {

    private static Path sitlMission() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("sitl-delivery.waypoints");
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        String message = "shared/data/sitl-delivery.waypoints not found above " + Path.of("").toAbsolutePath()
                + " (it sits beside the checkout in CI)";
        if (ExternalProgram.integrationRequired()) {
            fail(message);
        }
        Assumptions.abort(message);
        return null;
    }

    @Test
    void missionForTheSitlRouteMatchesTheMissionArduCopterFlew() throws Exception {
        FlightPlan flown = PlanFiles.read(sitlMission());
        List<MissionItem> theirs = flown.mission();
        GeoPoint home = flown.plannedHome().orElseThrow();
        GeoPoint p2 = GeoPoint.of(34.0668, 114.4032);
        GeoPoint p3 = GeoPoint.of(34.0681, 114.4061);
        Stop launch = new Stop("sitl-home", "SITL home", home);
        Stop drop = new Stop("sitl-drop", "SITL drop", GeoPoint.of(34.06895, 114.40785));
        DeliveryRoute route = new DeliveryRoute(launch, List.of(new Drop(drop, 12)), List.of(
                TestRoutes.leg("out", List.of(home, p2, p3, drop.position()), 40.0, 40.0, 40.0, 40.0),
                TestRoutes.leg("back", List.of(drop.position(), p2, home), 40.0, 40.0, 40.0)));
        VehicleProfile v = VehicleFileReader.parse("sitl.json", TestVehicles.quadJson()
                .replace("\"cruiseAltitude\": 60", "\"cruiseAltitude\": 40"));
        List<MissionItem> ours = new MissionBuilder(v, Landing.RTL).build(route).itemsAfterHome();

        assertThat(ours).hasSameSizeAs(theirs);
        for (int i = 0; i < ours.size(); i++) {
            MissionItem a = ours.get(i);
            MissionItem b = theirs.get(i);
            assertThat(a.command()).as("item %d command", i + 1).isEqualTo(b.command());
            if (a.command() != MavCmd.DO_GRIPPER && a.command() != MavCmd.NAV_RETURN_TO_LAUNCH) {
                assertThat(a.frame()).as("item %d frame", i + 1).isEqualTo(b.frame());
            }
            assertThat(a.z()).as("item %d altitude", i + 1).isEqualTo(b.z());
            assertThat(a.param1()).as("item %d param1", i + 1)
                    .isEqualTo(a.command() == MavCmd.DO_GRIPPER ? 1f : b.param1());
            if (a.command() != MavCmd.DO_GRIPPER && a.command() != MavCmd.NAV_RETURN_TO_LAUNCH
                    && a.command() != MavCmd.NAV_TAKEOFF) {
                assertThat(a.x()).as("item %d latitude", i + 1).isEqualTo(b.x());
                assertThat(a.y()).as("item %d longitude", i + 1).isEqualTo(b.y());
            }
        }
        List<Integer> commands = new ArrayList<>();
        theirs.forEach(it -> commands.add(it.command()));
        assertThat(commands).containsSubsequence(MavCmd.NAV_WAYPOINT, MavCmd.DO_GRIPPER, MavCmd.NAV_WAYPOINT);
        assertThat(Optional.of(theirs.get(5).param2())).contains((float) MavCmd.GRIPPER_ACTION_RELEASE);
    }
}
