package org.lifeline.simulator.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import io.dronefleet.mavlink.common.MavResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;

/**
 * GRIP_ENABLE decides, as on ArduPilot, whether the autopilot acts on DO_GRIPPER at all: the
 * switch between an airframe whose release belongs to the onboard agent (GRIP_ENABLE 0) and one
 * whose autopilot gripper holds the parcel (GRIP_ENABLE 1, released only by the agent's command).
 */
class GripperOwnershipTest {

    private static final Parameters DEFAULTS = new Parameters();
    private static final int RELEASE_PWM = (int) DEFAULTS.value("GRIP_RELEASE");
    private static final int GRAB_PWM = (int) DEFAULTS.value("GRIP_GRAB");

    /** Take off to 10 m, hold 2 s 40 m north, DO_GRIPPER with {@code action}, land there. */
    private static List<MissionItem> dropMission(int action) {
        List<MissionItem> items = new ArrayList<>();
        items.add(Fixture.at(MavCmd.NAV_WAYPOINT, 0, 0, 0, 0));
        items.add(new MissionItem(MavCmd.NAV_TAKEOFF, MavFrame.GLOBAL_RELATIVE_ALT, false, true, 0, 0, 0, 0, 0, 0, 10f));
        items.add(Fixture.at(MavCmd.NAV_WAYPOINT, 40, 0, 10, 2));
        items.add(MissionItem.command(MavCmd.DO_GRIPPER, 1, action, 0, 0));
        items.add(Fixture.at(MavCmd.NAV_LAND, 40, 0, 0, 0));
        return items;
    }

    /** Flies {@code items} to the landing and returns how often servo 8 went to the release PWM. */
    private static int releasesWhileFlying(Fixture f, List<MissionItem> items) {
        f.gcs.uploadAndWait(MissionType.MISSION, items);
        f.armAndStart();
        int[] releases = {0};
        int[] last = {f.vehicle.state().gripperPwm()};
        f.clock.add(dt -> {
            int pwm = f.vehicle.state().gripperPwm();
            if (pwm == RELEASE_PWM && last[0] != RELEASE_PWM) {
                releases[0]++;
            }
            last[0] = pwm;
        });
        assertThat(f.clock.runUntil(() -> !f.vehicle.state().armed(), Duration.ofMinutes(3))).isTrue();
        return releases[0];
    }

    @Test
    void withTheGripperDisabledTheMissionsReleaseMovesNothingAndACommandedReleaseFails() {
        Fixture f = new Fixture(SimulatedVehicle.builder().parameter("GRIP_ENABLE", 0));
        int neutral = f.vehicle.state().gripperPwm();

        assertThat(releasesWhileFlying(f, dropMission(MavCmd.GRIPPER_ACTION_RELEASE))).isZero();
        assertThat(f.vehicle.state().gripperPwm()).isEqualTo(neutral);
        assertThat(f.gcs.commandAndWait(MavCmd.DO_GRIPPER, 1, MavCmd.GRIPPER_ACTION_RELEASE))
                .isEqualTo(MavResult.MAV_RESULT_FAILED.ordinal());
    }

    @Test
    void withTheGripperEnabledAMissionThatMarksTheDropWithGrabNeverReleases() {
        Fixture f = new Fixture();

        assertThat(releasesWhileFlying(f, dropMission(MavCmd.GRIPPER_ACTION_GRAB))).isZero();
        assertThat(f.vehicle.state().gripperPwm()).isEqualTo(GRAB_PWM);
    }

    @Test
    void withTheGripperEnabledTheMissionsReleaseActsByItself() {
        Fixture f = new Fixture();

        assertThat(releasesWhileFlying(f, dropMission(MavCmd.GRIPPER_ACTION_RELEASE))).isEqualTo(1);
    }
}
