package org.lifeline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

class VehiclePlansTest {

    private static final List<MissionItem> MISSION = List.of(
            new MissionItem(MavCmd.NAV_TAKEOFF, MavFrame.GLOBAL_RELATIVE_ALT_INT, false, true, 0, 0, 0, 0, 0, 0, 30),
            MissionItem.waypointWithHold(47.3985099, 8.5451002, 12, 8),
            MissionItem.command(MavCmd.DO_GRIPPER, 1, MavCmd.GRIPPER_ACTION_RELEASE, 0, 0));
    private static final Geofence FENCE = new Geofence(List.of(new FencePolygon(true, List.of(GeoPoint.of(47.1, 8.1),
            GeoPoint.of(47.2, 8.1), GeoPoint.of(47.2, 8.2)))), List.of());
    private static final List<RallyPoint> RALLY = List.of(new RallyPoint(new GeoPoint(47.15, 8.15, 25)));

    @Test
    void missionStartsWithHomeAtSequenceZeroAsArduPilotExpects() {
        FlightPlan plan = new FlightPlan(Optional.of(new GeoPoint(47.3977419, 8.5455939, 488.5)), MISSION, FENCE, RALLY);

        VehiclePlans plans = VehiclePlans.of(plan);

        MissionItem home = plans.mission().item(0);
        assertThat(home.command()).isEqualTo(MavCmd.NAV_WAYPOINT);
        assertThat(home.frame()).isEqualTo(MavFrame.GLOBAL);
        assertThat(home.x()).isEqualTo(473977419);
        assertThat(home.y()).isEqualTo(85455939);
        assertThat(home.z()).isEqualTo(488.5f);
        assertThat(plans.mission().items().subList(1, 4)).isEqualTo(MISSION);
        assertThat(plans.fence().type()).isEqualTo(MissionType.FENCE);
        assertThat(plans.fence().size()).isEqualTo(3);
        assertThat(plans.rally().items()).containsExactly(new MissionItem(MavCmd.NAV_RALLY_POINT,
                MavFrame.GLOBAL_RELATIVE_ALT_INT, false, true, 0, 0, 0, 0, 471500000, 81500000, 25));
    }

    @Test
    void unknownHomeIsUploadedAsAZeroPlaceholderAndReadBackAsUnknown() {
        FlightPlan plan = new FlightPlan(Optional.empty(), MISSION, Geofence.none(), List.of());

        VehiclePlans plans = VehiclePlans.of(plan);

        assertThat(plans.mission().item(0).x()).isZero();
        assertThat(plans.mission().item(0).y()).isZero();
        assertThat(plans.toFlightPlan()).isEqualTo(plan);
    }

    @Test
    void plansReadBackAsTheSameFlightPlan() {
        FlightPlan plan = new FlightPlan(Optional.of(new GeoPoint(47.3977419, 8.5455939, 488.5)), MISSION, FENCE, RALLY);

        assertThat(VehiclePlans.of(plan).toFlightPlan()).isEqualTo(plan);
    }

    @Test
    void anEmptyVehicleMissionHasNoHomeAndNoItems() {
        VehiclePlans empty = new VehiclePlans(MissionPlan.empty(MissionType.MISSION), MissionPlan.empty(MissionType.FENCE),
                MissionPlan.empty(MissionType.RALLY));

        assertThat(empty.toFlightPlan()).isEqualTo(new FlightPlan(Optional.empty(), List.of(), Geofence.none(), List.of()));
    }

    @Test
    void refusesPlansOfTheWrongType() {
        assertThatThrownBy(() -> new VehiclePlans(MissionPlan.empty(MissionType.FENCE), MissionPlan.empty(MissionType.FENCE),
                MissionPlan.empty(MissionType.RALLY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a MISSION plan, got FENCE");
    }

    @Test
    void refusesRallyItemsInAnAbsoluteFrameOrWithAnotherCommand() {
        MissionItem absolute = new MissionItem(MavCmd.NAV_RALLY_POINT, MavFrame.GLOBAL, false, true, 0, 0, 0, 0,
                471500000, 81500000, 400);
        MissionItem waypoint = MissionItem.waypoint(47.1, 8.1, 30);

        assertThatThrownBy(() -> RallyItems.fromItems(List.of(absolute)))
                .hasMessage("vehicle RALLY items: item 0: field frame: expected 3 or 6 (altitude relative to home), got 0");
        assertThatThrownBy(() -> RallyItems.fromItems(List.of(waypoint)))
                .hasMessage("vehicle RALLY items: item 0: field command: expected 5100 (rally point), got 16");
    }

    @Test
    void readsRallyItemsInTheFrameArduPilotAnswersWith() {
        MissionItem downloaded = new MissionItem(MavCmd.NAV_RALLY_POINT, MavFrame.GLOBAL_RELATIVE_ALT, false, false,
                0, 0, 0, 0, 471500000, 81500000, 25);

        assertThat(RallyItems.fromItems(List.of(downloaded))).isEqualTo(RALLY);
    }

    @Test
    void refusesAHomeItemWithAnImpossibleLatitude() {
        MissionItem badHome = new MissionItem(MavCmd.NAV_WAYPOINT, MavFrame.GLOBAL, false, true, 0, 0, 0, 0,
                -1_000_000_000, 0, 0);
        VehiclePlans plans = new VehiclePlans(new MissionPlan(MissionType.MISSION, List.of(badHome)),
                MissionPlan.empty(MissionType.FENCE), MissionPlan.empty(MissionType.RALLY));

        assertThatThrownBy(plans::toFlightPlan)
                .hasMessage("vehicle MISSION items: item 0: field x: expected a latitude within -90..90 degrees, got -100.0");
    }
}
