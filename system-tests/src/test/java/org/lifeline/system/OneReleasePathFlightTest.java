package org.lifeline.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.agent.release.InterlockCheck;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;
import org.lifeline.simulator.hardware.PayloadBay;
import org.lifeline.simulator.hardware.SimulatedPi;
import org.lifeline.simulator.vehicle.SimulatedVehicle;
import org.lifeline.simulator.vehicle.SimulationClock;
import org.lifeline.support.MosquittoProcess;

/**
 * One release path per airframe, flown: the simulated ArduCopter, the agent's real runtime on a
 * simulated Pi, a real Mosquitto. Each mode flies a one-drop mission marked for its owner, and
 * the parcel leaves exactly once, by that owner's hand, over the drop point:
 *
 * <ul>
 *   <li>agent: the autopilot has no gripper (GRIP_ENABLE 0), the mission marks the drop with
 *       DO_GRIPPER release, the Pi's servo lets go; the autopilot's gripper output never moves.</li>
 *   <li>autopilot: the autopilot's gripper holds the parcel (GRIP_ENABLE 1), the mission marks the
 *       drop with DO_GRIPPER grab, the agent commands the release once; the Pi's bay never opens.</li>
 * </ul>
 */
class OneReleasePathFlightTest {

    private static final GeoPoint HOME = new GeoPoint(34.0655, 114.4010, 48);
    private static final double DROP_LAT = 34.0660;
    private static final double DROP_LON = 114.4010;

    @TempDir
    Path dir;

    private static FlightPlan mission(int markerAction) {
        List<MissionItem> items = new ArrayList<>();
        items.add(new MissionItem(org.lifeline.mission.MavCmd.NAV_TAKEOFF, MavFrame.GLOBAL_RELATIVE_ALT, false, true,
                0, 0, 0, 0, 0, 0, 15f));
        items.add(MissionItem.waypoint(DROP_LAT, DROP_LON, 15));
        items.add(MissionItem.waypointWithHold(DROP_LAT, DROP_LON, 10, 8));
        items.add(MissionItem.command(org.lifeline.mission.MavCmd.DO_GRIPPER, 1, markerAction, 0, 0));
        items.add(MissionItem.waypoint(DROP_LAT, DROP_LON, 15));
        items.add(MissionItem.at(org.lifeline.mission.MavCmd.NAV_LAND, HOME.latitude(), HOME.longitude(), 0, 0, 0, 0, 0));
        return new FlightPlan(Optional.of(HOME), items, Geofence.none(), List.of());
    }

    /** Releases seen on each path during one flight. */
    private record Releases(int byPi, int byAutopilot, double metresFromDrop, List<String> journal) {
    }

    private Releases fly(boolean autopilotOwns) throws Exception {
        try (MosquittoProcess broker = Broker.start(dir.resolve("broker"));
             SimulatedDrone drone = new SimulatedDrone(b -> b.home(HOME).parameter("GRIP_ENABLE", autopilotOwns ? 1 : 0),
                     mission(autopilotOwns ? org.lifeline.mission.MavCmd.GRIPPER_ACTION_GRAB
                             : org.lifeline.mission.MavCmd.GRIPPER_ACTION_RELEASE))) {
            List<String> props = new ArrayList<>(List.of("drop.refusalSeconds = 5"));
            props.addAll(autopilotOwns ? List.of("release.owner = autopilot") : SimulatedDrone.PI_SERVO);
            drone.startAgent(dir, broker.uri(), props);
            SimulatedVehicle vehicle = drone.vehicle();
            SimulatedPi pi = drone.pi();
            SimulationClock clock = drone.clock();

            int releasePwm = (int) vehicle.parameter("GRIP_RELEASE");
            int[] byPi = {0};
            int[] byAutopilot = {0};
            double[] distance = {Double.NaN};
            PayloadBay.State[] lastBay = {pi.bay().state()};
            int[] lastPwm = {vehicle.state().gripperPwm()};
            clock.add(dt -> {
                PayloadBay.State bay = pi.bay().state();
                int pwm = vehicle.state().gripperPwm();
                boolean piReleased = bay != lastBay[0] && lastBay[0] == PayloadBay.State.LOADED;
                boolean autopilotReleased = pwm == releasePwm && lastPwm[0] != releasePwm;
                if (piReleased || autopilotReleased) {
                    distance[0] = InterlockCheck.distanceMetres(vehicle.state().latitude(), vehicle.state().longitude(),
                            DROP_LAT, DROP_LON);
                }
                byPi[0] += piReleased ? 1 : 0;
                byAutopilot[0] += autopilotReleased ? 1 : 0;
                lastBay[0] = bay;
                lastPwm[0] = pwm;
            });
            drone.armAndStartMission();
            boolean landed = clock.runUntil(() -> !vehicle.state().armed(), Duration.ofMinutes(5));
            assertThat(landed).as("landed; texts " + vehicle.statusTexts()).isTrue();
            clock.runFor(Duration.ofSeconds(2));
            return new Releases(byPi[0], byAutopilot[0], distance[0], Files.readAllLines(dir.resolve("data/releases.journal")));
        }
    }

    @Test
    void whereTheAgentOwnsTheReleaseOnlyThePisServoLetsTheParcelGoOnce() throws Exception {
        Releases r = fly(false);

        assertThat(r.byPi()).as("released by the Pi's servo").isEqualTo(1);
        assertThat(r.byAutopilot()).as("released by the autopilot's gripper").isZero();
        assertThat(r.metresFromDrop()).isLessThan(5.0);
        assertThat(r.journal()).filteredOn(l -> l.startsWith("INTENT")).hasSize(1);
    }

    @Test
    void whereTheAutopilotOwnsTheReleaseOnlyItsGripperLetsTheParcelGoOnceOnTheAgentsCommand() throws Exception {
        Releases r = fly(true);

        assertThat(r.byAutopilot()).as("released by the autopilot's gripper").isEqualTo(1);
        assertThat(r.byPi()).as("released by the Pi's servo").isZero();
        assertThat(r.metresFromDrop()).isLessThan(5.0);
        assertThat(r.journal()).filteredOn(l -> l.startsWith("INTENT")).hasSize(1);
        assertThat(r.journal()).filteredOn(l -> l.startsWith("DONE")).singleElement().asString().doesNotContain("UNCONFIRMED");
    }
}
