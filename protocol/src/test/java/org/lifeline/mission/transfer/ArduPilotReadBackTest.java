package org.lifeline.mission.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

/**
 * Verification against what ArduPilot Copter 4.7.0-dev SITL really gave back (each pair below
 * was sent to it and read back, see docs/mission-transfer.md): its stored form passes, a real
 * difference does not.
 */
class ArduPilotReadBackTest {

    private static MissionItem item(int cmd, int frame, boolean auto, float p1, float p2, float p3, float p4,
                                    double lat, double lon, float z) {
        return new MissionItem(cmd, frame, false, auto, p1, p2, p3, p4, MissionItem.toE7(lat), MissionItem.toE7(lon), z);
    }

    private static MissionItem plain(int cmd, int frame, float p1, float p2, float p3) {
        return new MissionItem(cmd, frame, false, true, p1, p2, p3, 0, 0, 0, 0);
    }

    private static final List<MissionItem> MISSION_SENT = List.of(
            item(MavCmd.NAV_WAYPOINT, 6, true, 0, 0, 0, 0, 34.06, 114.395, 0),
            item(MavCmd.NAV_TAKEOFF, 3, true, 0, 0, 0, 0, 34.0601, 114.3951, 30.123f),
            item(MavCmd.NAV_WAYPOINT, 6, true, 2.7f, 3, 4, Float.NaN, 34.0611, 114.3961, 40.555f),
            item(MavCmd.NAV_WAYPOINT, 5, true, 0, 0, 0, 0, 34.0612, 114.3962, 140.5f),
            plain(MavCmd.DO_GRIPPER, 2, 1, 0, 0),
            plain(MavCmd.DO_CHANGE_SPEED, 2, 1, 7.5f, -1),
            plain(MavCmd.CONDITION_DELAY, 0, 2.5f, 0, 0),
            plain(MavCmd.NAV_RETURN_TO_LAUNCH, 2, 0, 0, 0));
    private static final List<MissionItem> MISSION_GOT = List.of(
            item(MavCmd.NAV_WAYPOINT, 0, true, 0, 0, 0, 0, 0, 0, 0),
            item(MavCmd.NAV_TAKEOFF, 3, true, 0, 0, 0, 0, 34.0601, 114.3951, 30.119999f),
            item(MavCmd.NAV_WAYPOINT, 3, true, 2, 0, 0, 0, 34.0611, 114.3961, 40.55f),
            item(MavCmd.NAV_WAYPOINT, 0, true, 0, 0, 0, 0, 34.0612, 114.3962, 140.5f),
            plain(MavCmd.DO_GRIPPER, 0, 1, 0, 0),
            plain(MavCmd.DO_CHANGE_SPEED, 0, 1, 7.5f, -1),
            plain(MavCmd.CONDITION_DELAY, 0, 2.5f, 0, 0),
            plain(MavCmd.NAV_RETURN_TO_LAUNCH, 0, 0, 0, 0));
    private static final List<MissionItem> FENCE_SENT = List.of(
            item(MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION, 5, true, 3, 0, 0, 0, 34.05, 114.38, 0),
            item(MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION, 6, true, 3, 0, 0, 0, 34.07, 114.38, 10),
            item(MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION, 3, true, 3, 0, 0, 0, 34.07, 114.41, 0),
            item(MavCmd.NAV_FENCE_CIRCLE_EXCLUSION, 5, true, 25.7f, 0, 0, 0, 34.061, 114.397, 0),
            item(MavCmd.NAV_FENCE_RETURN_POINT, 6, true, 0, 0, 0, 0, 34.0605, 114.3955, 20));
    private static final List<MissionItem> RALLY_SENT = List.of(
            item(MavCmd.NAV_RALLY_POINT, 6, true, 0, 0, 0, 0, 34.0615, 114.3965, 35.7f),
            item(MavCmd.NAV_RALLY_POINT, 3, true, 0, 0, 0, 0, 34.0625, 114.3975, -2.3f));
    private static final List<MissionItem> RALLY_GOT = List.of(
            item(MavCmd.NAV_RALLY_POINT, 3, false, 0, 0, 0, 0, 34.0615, 114.3965, 35f),
            item(MavCmd.NAV_RALLY_POINT, 3, false, 0, 0, 0, 0, 34.0625, 114.3975, -2f));

    private static List<MissionItem> fenceGot() {
        List<MissionItem> got = new ArrayList<>();
        for (MissionItem s : FENCE_SENT) {
            got.add(new MissionItem(s.command(), 0, false, false, s.param1(), 0, 0, 0, s.x(), s.y(), 0));
        }
        return got;
    }

    private static String compare(MissionType type, List<MissionItem> sent, List<MissionItem> got) {
        return PlanComparison.firstDifference(new MissionPlan(type, sent), new MissionPlan(type, got),
                type == MissionType.MISSION);
    }

    private static List<MissionItem> replace(List<MissionItem> items, int seq, MissionItem with) {
        List<MissionItem> out = new ArrayList<>(items);
        out.set(seq, with);
        return out;
    }

    @Test
    void whatArduPilotGaveBackForAMissionMatchesWhatWasSent() {
        assertThat(compare(MissionType.MISSION, MISSION_SENT, MISSION_GOT)).isNull();
    }

    @Test
    void whatArduPilotGaveBackForAFenceMatchesWhatWasSent() {
        assertThat(compare(MissionType.FENCE, FENCE_SENT, fenceGot())).isNull();
    }

    @Test
    void whatArduPilotGaveBackForRallyPointsMatchesWhatWasSent() {
        assertThat(compare(MissionType.RALLY, RALLY_SENT, RALLY_GOT)).isNull();
    }

    @Test
    void theStoredFormIsWhatArduPilotReturnsItemByItem() {
        for (int i = 1; i < MISSION_SENT.size(); i++) {
            assertThat(ArduPilotStorage.stored(MissionType.MISSION, MISSION_SENT.get(i))).as("item " + i)
                    .isEqualTo(MISSION_GOT.get(i));
        }
        assertThat(ArduPilotStorage.stored(MissionType.RALLY, RALLY_SENT.get(0))).isEqualTo(RALLY_GOT.get(0));
        assertThat(ArduPilotStorage.stored(MissionType.FENCE, FENCE_SENT.get(3))).isEqualTo(fenceGot().get(3));
    }

    @Test
    void anItemMovedByTwoTenMillionthsOfADegreeIsRefused() {
        MissionItem a = MISSION_GOT.get(2);
        MissionItem moved = new MissionItem(a.command(), a.frame(), false, true, a.param1(), 0, 0, 0, a.x() + 2, a.y(), a.z());
        assertThat(compare(MissionType.MISSION, MISSION_SENT, replace(MISSION_GOT, 2, moved)))
                .isEqualTo("item 2 position (340611000, 1143961000) became (340611002, 1143961000)");
        MissionItem vertex = fenceGot().get(1);
        MissionItem shifted = new MissionItem(vertex.command(), 0, false, false, 3, 0, 0, 0, vertex.x(), vertex.y() - 2, 0);
        assertThat(compare(MissionType.FENCE, FENCE_SENT, replace(fenceGot(), 1, shifted))).startsWith("item 1 position");
    }

    @Test
    void aChangedHoldTimeIsRefused() {
        MissionItem a = MISSION_GOT.get(2);
        MissionItem longer = new MissionItem(a.command(), a.frame(), false, true, 3, 0, 0, 0, a.x(), a.y(), a.z());
        assertThat(compare(MissionType.MISSION, MISSION_SENT, replace(MISSION_GOT, 2, longer)))
                .isEqualTo("item 2 param1 2.7 became 3.0");
    }

    @Test
    void aMissingItemIsRefused() {
        assertThat(compare(MissionType.MISSION, MISSION_SENT, MISSION_GOT.subList(0, 7)))
                .isEqualTo("sent 8 items, the vehicle holds 7");
    }

    @Test
    void anAltitudeReferenceThatChangedIsRefusedWhereTheFrameCarriesMeaning() {
        MissionItem a = MISSION_GOT.get(1);
        MissionItem absolute = new MissionItem(a.command(), MavFrame.GLOBAL, false, true, 0, 0, 0, 0, a.x(), a.y(), a.z());
        assertThat(compare(MissionType.MISSION, MISSION_SENT, replace(MISSION_GOT, 1, absolute)))
                .isEqualTo("item 1 frame 3 became 0");
        MissionItem rally = RALLY_GOT.get(0);
        MissionItem absoluteRally = new MissionItem(rally.command(), MavFrame.GLOBAL, false, false, 0, 0, 0, 0,
                rally.x(), rally.y(), rally.z());
        assertThat(compare(MissionType.RALLY, RALLY_SENT, replace(RALLY_GOT, 0, absoluteRally))).startsWith("item 0 frame");
    }

    @Test
    void aRallyPointOneMetreLowerAndAGripperThatGrabsInsteadOfReleasingAreRefused() {
        MissionItem rally = RALLY_GOT.get(0);
        MissionItem lower = new MissionItem(rally.command(), 3, false, false, 0, 0, 0, 0, rally.x(), rally.y(), 34f);
        assertThat(compare(MissionType.RALLY, RALLY_SENT, replace(RALLY_GOT, 0, lower))).isEqualTo("item 0 z 35.7 became 34.0");
        MissionItem grab = plain(MavCmd.DO_GRIPPER, 0, 1, MavCmd.GRIPPER_ACTION_GRAB, 0);
        assertThat(compare(MissionType.MISSION, MISSION_SENT, replace(MISSION_GOT, 4, grab))).isEqualTo("item 4 param2 0.0 became 1.0");
    }

    @Test
    void aFenceCircleWithAnotherRadiusIsRefused() {
        MissionItem c = fenceGot().get(3);
        MissionItem wider = new MissionItem(c.command(), 0, false, false, 30f, 0, 0, 0, c.x(), c.y(), 0);
        assertThat(compare(MissionType.FENCE, FENCE_SENT, replace(fenceGot(), 3, wider))).isEqualTo("item 3 param1 25.7 became 30.0");
    }

    @Test
    void aMissionCommandWithoutModelledParamsLosesItsFrameButKeepsItsParamsCompared() {
        MissionItem sent = plain(203, MavFrame.GLOBAL_RELATIVE_ALT, 1, 2, 3);
        MissionItem asArduPilotGaveIt = plain(203, MavFrame.GLOBAL, 1, 2, 3);
        MissionItem changed = plain(203, MavFrame.GLOBAL, 1, 2, 4);
        assertThat(PlanComparison.difference(MissionType.MISSION, sent, asArduPilotGaveIt)).isNull();
        assertThat(PlanComparison.difference(MissionType.MISSION, sent, changed)).isEqualTo("param3 3.0 became 4.0");
    }

    @Test
    void aFenceCommandUnknownToTheModelIsComparedAsSentFrameIncluded() {
        MissionItem sent = plain(31000, MavFrame.GLOBAL_RELATIVE_ALT, 1, 2, 3);
        MissionItem zeroed = plain(31000, MavFrame.GLOBAL, 1, 2, 3);
        assertThat(PlanComparison.difference(MissionType.FENCE, sent, sent)).isNull();
        assertThat(PlanComparison.difference(MissionType.FENCE, sent, zeroed)).isEqualTo("frame 3 became 0");
    }
}
