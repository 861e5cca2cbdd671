package org.lifeline.groundstation.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;

class ReleasePathCheckTest {

    private static List<MissionItem> mission(int markerAction) {
        return List.of(
                MissionItem.waypoint(34.0655, 114.4010, 0),
                MissionItem.at(MavCmd.NAV_TAKEOFF, 0, 0, 40, 0, 0, 0, 0),
                MissionItem.waypoint(34.0689, 114.4078, 40),
                MissionItem.waypointWithHold(34.0689, 114.4078, 12, 8),
                MissionItem.command(MavCmd.DO_GRIPPER, 1, markerAction, 0, 0),
                MissionItem.waypoint(34.0689, 114.4078, 40),
                MissionItem.command(MavCmd.NAV_RETURN_TO_LAUNCH, 0, 0, 0, 0));
    }

    private static final List<MissionItem> AGENT_MISSION = mission(MavCmd.GRIPPER_ACTION_RELEASE);
    private static final List<MissionItem> AUTOPILOT_MISSION = mission(MavCmd.GRIPPER_ACTION_GRAB);

    private static GripperParameters params(Object... nameValue) {
        Map<String, Float> m = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], ((Number) nameValue[i + 1]).floatValue());
        }
        return new GripperParameters(m);
    }

    private static final GripperParameters SITL_GRIPPER = params("GRIP_ENABLE", 1, "GRIP_TYPE", 1, "SERVO8_FUNCTION", 28);

    @Test
    void anAgentMissionOnAnAutopilotWithAnActiveGripperIsRefusedSayingHowToFixIt() {
        assertThat(ReleasePathCheck.refusal(AGENT_MISSION, SITL_GRIPPER)).hasValueSatisfying(why -> assertThat(why)
                .contains("mission items [4] are DO_GRIPPER release")
                .contains("GRIP_ENABLE = 1, GRIP_TYPE = 1, SERVO8_FUNCTION = 28")
                .contains("set GRIP_ENABLE = 0").contains("\"releaseOwner\": \"autopilot\""));
    }

    @Test
    void anAgentMissionOnAnAutopilotWithoutAGripperMayFly() {
        assertThat(ReleasePathCheck.refusal(AGENT_MISSION, params("GRIP_ENABLE", 0))).isEmpty();
        assertThat(ReleasePathCheck.refusal(AGENT_MISSION, params("GRIP_ENABLE", 1, "GRIP_TYPE", 0))).isEmpty();
        assertThat(ReleasePathCheck.refusal(AGENT_MISSION, params("GRIP_ENABLE", 1, "GRIP_TYPE", 1)))
                .as("a servo gripper with no output assigned moves nothing").isEmpty();
    }

    @Test
    void anElectroPermanentMagnetGripperReleasesWithoutAServoOutput() {
        assertThat(ReleasePathCheck.refusal(AGENT_MISSION, params("GRIP_ENABLE", 1, "GRIP_TYPE", 2))).isPresent();
    }

    @Test
    void anUnansweredGripEnableIsRefusedBecauseItDecidesNothing() {
        assertThat(ReleasePathCheck.refusal(AGENT_MISSION, params())).hasValueSatisfying(why ->
                assertThat(why).contains("did not answer GRIP_ENABLE"));
    }

    @Test
    void anAutopilotMissionNeedsTheAutopilotsGripperToWork() {
        assertThat(ReleasePathCheck.refusal(AUTOPILOT_MISSION, SITL_GRIPPER)).isEmpty();
        assertThat(ReleasePathCheck.refusal(AUTOPILOT_MISSION, params("GRIP_ENABLE", 0))).hasValueSatisfying(why ->
                assertThat(why).contains("DO_GRIPPER grab at items [4]").contains("is disabled (GRIP_ENABLE = 0)"));
        assertThat(ReleasePathCheck.refusal(AUTOPILOT_MISSION, params("GRIP_ENABLE", 1, "GRIP_TYPE", 1)))
                .hasValueSatisfying(why -> assertThat(why).contains("drives no output"));
    }

    @Test
    void aMissionWithoutGripperItemsDoesNotConcernTheGripper() {
        List<MissionItem> plain = List.of(MissionItem.waypoint(34.0655, 114.4010, 0),
                MissionItem.command(MavCmd.NAV_RETURN_TO_LAUNCH, 0, 0, 0, 0));
        assertThat(ReleasePathCheck.concerns(plain)).isFalse();
        assertThat(ReleasePathCheck.refusal(plain, SITL_GRIPPER)).isEmpty();
        assertThat(ReleasePathCheck.concerns(AGENT_MISSION)).isTrue();
    }
}
