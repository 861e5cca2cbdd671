package org.lifeline.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.common.MissionItemReached;
import io.dronefleet.mavlink.common.ServoOutputRaw;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.PlanFiles;
import org.lifeline.simulator.flight.LocalFrame;

/**
 * Flies the mission that ArduCopter SITL flew for the shared {@code sitl-delivery.tlog}
 * (takeoff, three waypoints, descent to 12 m with an 8 s hold, gripper release, return, RTL)
 * and checks the simulator tells the same story on the wire.
 */
class SitlMissionCompatibilityTest {

    private static final Path MISSION = Path.of("..", "..", "shared", "data", "sitl-delivery.waypoints");

    @Test
    void theSitlDeliveryMissionIsFlownToTheSameEnd() {
        Path file = Files.exists(MISSION) ? MISSION : Path.of("/work/shared/data/sitl-delivery.waypoints");
        Assumptions.assumeTrue(Files.exists(file), "shared data folder with sitl-delivery.waypoints is absent; skipping");
        FlightPlan plan = PlanFiles.read(file);
        Fixture f = new Fixture(SimulatedVehicle.builder().home(plan.plannedHome().orElseThrow()));
        f.vehicle.preload(plan);
        f.armAndStart();
        assertThat(f.clock.runUntil(() -> !f.vehicle.state().armed(), Duration.ofMinutes(15))).isTrue();
        f.clock.runFor(Duration.ofSeconds(1));
        List<Integer> reached = f.companion.all(MissionItemReached.class).stream().map(MissionItemReached::seq).toList();
        assertThat(reached).containsExactly(1, 2, 3, 4, 5, 7, 8, 9);
        assertThat(f.companion.all(ServoOutputRaw.class).stream().map(ServoOutputRaw::servo8Raw).distinct().toList())
                .containsExactly(1500, 1100);
        assertThat(f.vehicle.statusTexts()).containsSubsequence("Gripper load releasing", "Gripper Released", "Gripper load released");
        VehicleState end = f.vehicle.state();
        LocalFrame frame = LocalFrame.around(plan.plannedHome().orElseThrow());
        assertThat(Math.hypot(frame.north(end.latitude()), frame.east(end.longitude()))).isLessThan(2.5);
    }
}
