package org.lifeline.groundstation.planning.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.planning.vehicle.TestVehicles;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;

class MissionBuilderTest {

    private final VehicleProfile quad = TestVehicles.quad();

    @Test
    void singleDropMissionHasHomeTakeoffRouteDropSequenceReturnAndLand() {
        BuiltMission m = new MissionBuilder(quad, Landing.LAND).build(TestRoutes.singleDrop());
        List<MissionItem> items = m.items();
        assertThat(items).extracting(MissionItem::command).containsExactly(
                MavCmd.NAV_WAYPOINT,   // 0 home
                MavCmd.NAV_TAKEOFF,    // 1
                MavCmd.NAV_WAYPOINT,   // 2 route
                MavCmd.NAV_WAYPOINT,   // 3 route
                MavCmd.NAV_WAYPOINT,   // 4 approach
                MavCmd.NAV_WAYPOINT,   // 5 descend + hold
                MavCmd.DO_GRIPPER,     // 6 release
                MavCmd.NAV_WAYPOINT,   // 7 climb back
                MavCmd.NAV_WAYPOINT,   // 8 route home
                MavCmd.NAV_WAYPOINT,   // 9 over launch
                MavCmd.NAV_LAND);      // 10

        MissionItem home = items.get(0);
        assertThat(home.frame()).isEqualTo(MavFrame.GLOBAL);
        assertThat(home.latitude()).isEqualTo(34.0655);
        assertThat(home.z()).isEqualTo(48f);

        assertThat(items.get(1).z()).isEqualTo(60f);
        assertThat(items.get(1).latitude()).isEqualTo(34.0655);
        assertThat(items.get(3).z()).isEqualTo(80f);

        MissionItem approach = items.get(4);
        MissionItem descend = items.get(5);
        MissionItem climb = items.get(7);
        for (MissionItem overDrop : List.of(approach, descend, climb)) {
            assertThat(overDrop.latitude()).isEqualTo(34.06895);
            assertThat(overDrop.longitude()).isEqualTo(114.40785);
            assertThat(overDrop.frame()).isEqualTo(MavFrame.GLOBAL_RELATIVE_ALT);
        }
        assertThat(approach.z()).isEqualTo(80f);
        assertThat(approach.param1()).isZero();
        assertThat(descend.z()).isEqualTo(12f);
        assertThat(descend.param1()).as("hold seconds").isEqualTo(8f);
        assertThat(descend.param2()).as("acceptance radius").isEqualTo(2f);
        assertThat(climb.z()).isEqualTo(60f);

        MissionItem gripper = items.get(6);
        assertThat(gripper.param1()).as("gripper number").isEqualTo(1f);
        assertThat(gripper.param2()).as("release").isEqualTo((float) MavCmd.GRIPPER_ACTION_RELEASE);
        assertThat(gripper.frame()).isEqualTo(MavFrame.MISSION);

        assertThat(items.get(9).latitude()).isEqualTo(34.0655);
        assertThat(items.get(10).z()).isZero();
        assertThat(m.releaseSequences()).containsExactly(6);
        assertThat(m.legs().get(7)).isEqualTo("clinic → launch-east");
    }

    @Test
    void everyDropOfAMultiDropTourGetsItsOwnDescentHoldReleaseAndClimbInOrder() {
        BuiltMission m = new MissionBuilder(quad, Landing.LAND).build(TestRoutes.twoDrops());
        List<MissionItem> items = m.items();
        assertThat(m.releaseSequences()).containsExactly(4, 9);
        // clinic (straight first leg): approach 2, descend 3, release 4, climb 5 (to the next leg's 70 m)
        assertThat(items.get(2).z()).isEqualTo(60f);
        assertThat(items.get(3).z()).isEqualTo(12f);
        assertThat(items.get(3).param1()).isEqualTo(8f);
        assertThat(items.get(5).z()).isEqualTo(70f);
        // route point 6 of leg b, then tower 7: approach 7, descend 8 to its own drop altitude, release 9, climb 10
        assertThat(items.get(6).longitude()).isEqualTo(114.4040);
        assertThat(items.get(8).latitude()).isEqualTo(34.0700);
        assertThat(items.get(8).z()).isEqualTo(10f);
        assertThat(items.get(10).z()).isEqualTo(60f);
        assertThat(items).hasSize(13);
        assertThat(items.get(items.size() - 1).command()).isEqualTo(MavCmd.NAV_LAND);
        assertThat(m.itemsAfterHome()).hasSize(items.size() - 1);
        assertThat(m.missionPlan().size()).isEqualTo(items.size());
    }

    @Test
    void rtlEndingReplacesTheLandingOverLaunch() {
        BuiltMission m = new MissionBuilder(quad, Landing.RTL).build(TestRoutes.singleDrop());
        MissionItem last = m.items().get(m.items().size() - 1);
        assertThat(last.command()).isEqualTo(MavCmd.NAV_RETURN_TO_LAUNCH);
        assertThat(m.items()).extracting(MissionItem::command).doesNotContain(MavCmd.NAV_LAND);
    }

    @Test
    void dropAltitudeOutsideTheVehicleWindowIsRefused() {
        DeliveryRoute r = TestRoutes.singleDrop();
        DeliveryRoute low = new DeliveryRoute(r.launch(), List.of(new Drop(TestRoutes.CLINIC, 5)), r.legs());
        assertThatThrownBy(() -> new MissionBuilder(quad, Landing.LAND).build(low))
                .hasMessage("drop clinic: drop altitude 5.0 m is outside the vehicle's drop window 8.0..15.0 m");
    }
}
