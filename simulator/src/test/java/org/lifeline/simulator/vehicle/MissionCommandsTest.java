package org.lifeline.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.common.MavResult;
import io.dronefleet.mavlink.common.MissionItemReached;
import io.dronefleet.mavlink.common.ServoOutputRaw;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;

class MissionCommandsTest {

    private static MissionItem takeoff(float alt) {
        return new MissionItem(MavCmd.NAV_TAKEOFF, MavFrame.GLOBAL_RELATIVE_ALT, false, true, 0, 0, 0, 0, 0, 0, alt);
    }

    @Test
    void doChangeSpeedSlowsTheNextLeg() {
        Fixture f = new Fixture();
        List<MissionItem> items = new ArrayList<>(List.of(Fixture.at(MavCmd.NAV_WAYPOINT, 0, 0, 0, 0), takeoff(20),
                MissionItem.command(MavCmd.DO_CHANGE_SPEED, 1, 3, -1, 0),
                Fixture.at(MavCmd.NAV_WAYPOINT, 300, 0, 20, 0),
                Fixture.at(MavCmd.NAV_LAND, 300, 0, 0, 0)));
        f.gcs.uploadAndWait(MissionType.MISSION, items);
        f.armAndStart();
        double[] fastest = {0};
        f.clock.add(dt -> {
            if (f.vehicle.state().missionSeq() == 3) {
                fastest[0] = Math.max(fastest[0], f.vehicle.state().groundSpeed());
            }
        });
        assertThat(f.clock.runUntil(() -> !f.vehicle.state().armed(), Duration.ofMinutes(5))).isTrue();
        assertThat(fastest[0]).isBetween(2.9, 3.0 + 1e-9);
        assertThat(Fixture.FRAME.north(f.vehicle.state().latitude())).isBetween(299.0, 301.0);
        f.clock.runFor(Duration.ofSeconds(1));
        assertThat(f.gcs.all(MissionItemReached.class)).extracting(MissionItemReached::seq).containsExactly(1, 3, 4);
    }

    @Test
    void doJumpRepeatsALegTheGivenNumberOfTimes() {
        Fixture f = new Fixture();
        List<MissionItem> items = new ArrayList<>(List.of(Fixture.at(MavCmd.NAV_WAYPOINT, 0, 0, 0, 0), takeoff(10),
                Fixture.at(MavCmd.NAV_WAYPOINT, 30, 0, 10, 0),
                Fixture.at(MavCmd.NAV_WAYPOINT, 0, 0, 10, 0),
                MissionItem.command(MavCmd.DO_JUMP, 2, 2, 0, 0),
                MissionItem.command(MavCmd.NAV_LAND, 0, 0, 0, 0)));
        f.gcs.uploadAndWait(MissionType.MISSION, items);
        f.armAndStart();
        assertThat(f.clock.runUntil(() -> !f.vehicle.state().armed(), Duration.ofMinutes(5))).isTrue();
        f.clock.runFor(Duration.ofSeconds(1));
        assertThat(f.gcs.all(MissionItemReached.class)).extracting(MissionItemReached::seq).containsExactly(1, 2, 3, 2, 3, 2, 3, 5);
    }

    @Test
    void doSetServoDrivesAnAuxiliaryOutputButNeverAMotor() {
        Fixture f = new Fixture();
        assertThat(f.gcs.commandAndWait(MavCmd.DO_SET_SERVO, 9, 1700)).isEqualTo(MavResult.MAV_RESULT_ACCEPTED.ordinal());
        assertThat(f.gcs.commandAndWait(MavCmd.DO_SET_SERVO, 1, 1700)).isEqualTo(MavResult.MAV_RESULT_FAILED.ordinal());
        f.clock.runFor(Duration.ofSeconds(1));
        ServoOutputRaw out = f.companion.last(ServoOutputRaw.class).orElseThrow();
        assertThat(out.servo9Raw()).isEqualTo(1700);
        assertThat(out.servo1Raw()).isEqualTo(1000);
    }

    @Test
    void aGripperCommandOutsideAMissionReleasesInTwoStepsLikeArduPilot() {
        Fixture f = new Fixture();
        assertThat(f.gcs.commandAndWait(MavCmd.DO_GRIPPER, 1, MavCmd.GRIPPER_ACTION_RELEASE)).isEqualTo(MavResult.MAV_RESULT_ACCEPTED.ordinal());
        f.clock.runFor(Duration.ofMillis(100));
        assertThat(f.companion.last(ServoOutputRaw.class).orElseThrow().servo8Raw()).isEqualTo(1100);
        assertThat(gripperTexts(f)).containsExactly("Gripper load releasing");
        f.clock.runFor(Duration.ofMillis(500));
        assertThat(gripperTexts(f)).containsExactly("Gripper load releasing", "Gripper load released");
        f.gcs.commandAndWait(MavCmd.DO_GRIPPER, 1, MavCmd.GRIPPER_ACTION_RELEASE);
        assertThat(gripperTexts(f)).containsExactly("Gripper load releasing", "Gripper load released", "Gripper load released");
    }

    @Test
    void underLegacyBehaviourTheGripperReleasesAtOnceTo1000Microseconds() {
        Fixture f = new Fixture(SimulatedVehicle.builder().behaviour(Behaviour.LEGACY));
        assertThat(f.gcs.commandAndWait(MavCmd.DO_GRIPPER, 1, MavCmd.GRIPPER_ACTION_RELEASE)).isEqualTo(MavResult.MAV_RESULT_ACCEPTED.ordinal());
        f.clock.runFor(Duration.ofSeconds(1));
        assertThat(f.companion.last(ServoOutputRaw.class).orElseThrow().servo8Raw()).isEqualTo(1000);
        assertThat(gripperTexts(f)).containsExactly("Gripper load released");
    }

    private static java.util.List<String> gripperTexts(Fixture f) {
        return f.companion.texts().stream().filter(t -> t.startsWith("Gripper")).toList();
    }
}
