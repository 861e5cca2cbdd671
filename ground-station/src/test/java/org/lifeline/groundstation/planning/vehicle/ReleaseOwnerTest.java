package org.lifeline.groundstation.planning.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.planning.mission.BuiltMission;
import org.lifeline.groundstation.planning.mission.Landing;
import org.lifeline.groundstation.planning.mission.MissionBuilder;
import org.lifeline.groundstation.planning.mission.TestRoutes;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;

/** The vehicle file's "releaseOwner" and how the mission marks each drop for it. */
class ReleaseOwnerTest {

    private static VehicleProfile withOwner(String json) throws VehicleFileException {
        String base = TestVehicles.quadJson().strip();
        return VehicleFileReader.parse("quad.json", base.substring(0, base.length() - 1) + ", \"releaseOwner\": " + json + "}");
    }

    private static MissionItem marker(VehicleProfile v) {
        BuiltMission m = new MissionBuilder(v, Landing.LAND).build(TestRoutes.singleDrop());
        return m.items().get(m.releaseSequences().get(0));
    }

    @Test
    void theAgentOwnsTheReleaseUnlessTheFileSaysOtherwise() {
        assertThat(TestVehicles.quad().releaseOwner()).isEqualTo(ReleaseOwner.AGENT);
    }

    @Test
    void anAgentOwnedDropIsMarkedWithAGripperReleaseAfterTheHold() throws Exception {
        MissionItem m = marker(withOwner("\"agent\""));
        assertThat(m.command()).isEqualTo(MavCmd.DO_GRIPPER);
        assertThat(m.param1()).isEqualTo(1f);
        assertThat(m.param2()).isEqualTo((float) MavCmd.GRIPPER_ACTION_RELEASE);
    }

    @Test
    void anAutopilotOwnedDropIsMarkedWithAGrabThatTheAutopilotRunsWithoutLettingGo() throws Exception {
        VehicleProfile v = withOwner("\"autopilot\"");
        assertThat(v.releaseOwner()).isEqualTo(ReleaseOwner.AUTOPILOT);
        MissionItem m = marker(v);
        assertThat(m.command()).isEqualTo(MavCmd.DO_GRIPPER);
        assertThat(m.param2()).isEqualTo((float) MavCmd.GRIPPER_ACTION_GRAB);
    }

    @Test
    void anythingElseIsRefusedNamingTheFieldAndTheChoices() {
        assertThatThrownBy(() -> withOwner("\"pilot\"")).isInstanceOf(VehicleFileException.class)
                .hasMessage("quad.json: field 'releaseOwner': expected \"agent\" (the onboard agent's servo or relay) or "
                        + "\"autopilot\" (the autopilot's gripper, commanded by the agent), got \"pilot\"");
        assertThatThrownBy(() -> withOwner("1")).hasMessageContaining("got 1");
    }
}
