package org.lifeline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;

class WaypointsFileTest {

    @Test
    void readsHomeIntoPlannedHomeAndTheRestIntoTheMission() {
        FlightPlan plan = WaypointsFile.parse("delivery.waypoints", Fixtures.text("delivery.waypoints"));

        assertThat(plan.plannedHome()).contains(new GeoPoint(47.3977419, 8.5455939, 488));
        assertThat(plan.mission()).extracting(MissionItem::command)
                .containsExactly(MavCmd.NAV_TAKEOFF, MavCmd.NAV_WAYPOINT, MavCmd.NAV_WAYPOINT, MavCmd.DO_GRIPPER,
                        MavCmd.DO_JUMP, MavCmd.NAV_RETURN_TO_LAUNCH);
        MissionItem drop = plan.mission().get(2);
        assertThat(drop.param1()).isEqualTo(8f);
        assertThat(drop.x()).isEqualTo(473985200);
        assertThat(drop.y()).isEqualTo(85451000);
        assertThat(drop.z()).isEqualTo(12f);
        assertThat(drop.frame()).isEqualTo(MavFrame.GLOBAL_RELATIVE_ALT);
        assertThat(plan.fence().isEmpty()).isTrue();
        assertThat(plan.rally()).isEmpty();
    }

    @Test
    void nonGlobalFramesKeepParams5And6AsPlainNumbers() {
        String text = "QGC WPL 110\n0\t1\t0\t16\t0\t0\t0\t0\t0\t0\t0\t1\n"
                + "1\t0\t2\t177\t2\t3\t0\t0\t5\t-7\t0\t1\n"
                + "2\t0\t1\t16\t0\t0\t0\t0\t1.25\t-0.5\t3\t1\n";

        FlightPlan plan = WaypointsFile.parse("t.waypoints", text);

        assertThat(plan.mission().get(0).x()).isEqualTo(5);
        assertThat(plan.mission().get(0).y()).isEqualTo(-7);
        // local frames: MISSION_ITEM_INT carries metres × 1e4
        assertThat(plan.mission().get(1).x()).isEqualTo(12500);
        assertThat(plan.mission().get(1).y()).isEqualTo(-5000);
        assertThat(WaypointsFile.format("t.waypoints", plan)).contains("\t5.00000000\t-7.00000000\t", "\t1.25000000\t-0.50000000\t");
    }

    @Test
    void homeAtZeroZeroMeansNoPlannedHome() {
        String text = "QGC WPL 110\n0\t0\t0\t16\t0\t0\t0\t0\t0.000000\t0.000000\t0.000000\t1\n"
                + "1\t0\t3\t22\t0\t0\t0\t0\t-35.362297\t149.164734\t10\t1\n";

        FlightPlan plan = WaypointsFile.parse("t.waypoints", text);

        assertThat(plan.plannedHome()).isEmpty();
        assertThat(plan.mission()).hasSize(1);
    }

    @Test
    void toleratesMixedWhitespaceCrlfCommentsBlankLinesAndAByteOrderMark() {
        String text = "\uFEFFQGC WPL 110\r\n"
                + "0\t0\t0\t16\t0\t0\t0\t0\t-35.362881\t149.165222\t582\t1\r\n"
                + "# a comment, as pymavlink allows\r\n"
                + "1\t0\t3\t22\t0.000000\t0.000000\t0.000000\t0.000000\t  0.000000        0.000000\t20.000000\t1\r\n"
                + "\r\n"
                + "2 0 0      208\t2.000000 0 0 0   0.0 0.0 0.0 1   \r\n"
                + "\r\n\r\n   \r\n";

        FlightPlan plan = WaypointsFile.parse("t.waypoints", text);

        assertThat(plan.plannedHome()).contains(new GeoPoint(-35.362881, 149.165222, 582));
        assertThat(plan.mission()).extracting(MissionItem::command).containsExactly(22, 208);
        assertThat(plan.mission().get(1).frame()).isEqualTo(MavFrame.GLOBAL);
        assertThat(plan.mission().get(1).param1()).isEqualTo(2f);
    }

    @Test
    void readsScientificNotationAndNan() {
        String text = "QGC WPL 110\n0\t1\t0\t16\t0\t0\t0\t0\t0\t0\t0\t1\n"
                + "1\t0\t3\t16\t1.5E-3\t2e2\t-0.0\tnan\t4.7398E1\t8.5451e+00\t4E1\t1\n";

        MissionItem item = WaypointsFile.parse("t.waypoints", text).mission().get(0);

        assertThat(item.param1()).isEqualTo(0.0015f);
        assertThat(item.param2()).isEqualTo(200f);
        assertThat(Float.compare(item.param3(), -0f)).isZero();
        assertThat(item.param4()).isNaN();
        assertThat(item.x()).isEqualTo(473980000);
        assertThat(item.y()).isEqualTo(85451000);
        assertThat(item.z()).isEqualTo(40f);
    }

    @Test
    void writesMissionPlannersLayout() {
        FlightPlan plan = new FlightPlan(Optional.of(new GeoPoint(34.0655, 114.401, 48)),
                List.of(new MissionItem(MavCmd.NAV_TAKEOFF, MavFrame.GLOBAL_RELATIVE_ALT, false, true, 0, 0, 0, 0, 0, 0, 40),
                        MissionItem.waypointWithHold(34.06895, 114.40785, 12, 8),
                        MissionItem.command(MavCmd.DO_GRIPPER, 1, MavCmd.GRIPPER_ACTION_RELEASE, 0, 0)),
                Geofence.none(), List.of());

        String text = WaypointsFile.format("out.waypoints", plan);

        assertThat(text).isEqualTo("QGC WPL 110\n"
                + "0\t1\t0\t16\t0\t0\t0\t0\t34.06550000\t114.40100000\t48.000000\t1\n"
                + "1\t0\t3\t22\t0.00000000\t0.00000000\t0.00000000\t0.00000000\t0.00000000\t0.00000000\t40.000000\t1\n"
                + "2\t0\t6\t16\t8.00000000\t0.00000000\t0.00000000\tnan\t34.06895000\t114.40785000\t12.000000\t1\n"
                + "3\t0\t2\t211\t1.00000000\t0.00000000\t0.00000000\t0.00000000\t0.00000000\t0.00000000\t0.000000\t1\n");
    }

    @Test
    void writesValuesThatFixedDecimalsWouldRoundInTheirExactForm() {
        MissionItem tiny = new MissionItem(MavCmd.NAV_WAYPOINT, MavFrame.MISSION, true, false,
                1.0e-9f, 0.1f, 123456.79f, -3.4e38f, 0, 0, 1.0e-7f);
        FlightPlan plan = new FlightPlan(Optional.of(new GeoPoint(1.23456789012, 2, 0.0000001)), List.of(tiny),
                Geofence.none(), List.of());

        String text = WaypointsFile.format("out.waypoints", plan);

        assertThat(text).contains("\t1.0E-9\t0.10000000\t123456.78906250\t-3.4E38\t", "\t1.0E-7\t0\n", "\t1.23456789012\t");
        assertThat(WaypointsFile.parse("out.waypoints", text)).isEqualTo(plan);
    }

    @Test
    void refusesToDropAGeofenceOrRallyPoints() {
        FlightPlan plan = new FlightPlan(Optional.empty(), List.of(),
                new Geofence(List.of(), List.of(new FenceCircle(true, GeoPoint.of(1, 2), 100))),
                List.of(new RallyPoint(new GeoPoint(1, 2, 30))));

        assertThatThrownBy(() -> WaypointsFile.format("out.waypoints", plan))
                .isInstanceOf(PlanFileException.class)
                .hasMessage("out.waypoints: a QGC WPL 110 file cannot hold a geofence (0 polygons, 1 circles) "
                        + "or rally points (1); save the plan as .plan instead");
    }

    @Test
    void refusesToWriteAnItemItCouldNotReadBack() {
        MissionItem farNorth = new MissionItem(MavCmd.NAV_WAYPOINT, MavFrame.GLOBAL_RELATIVE_ALT_INT, false, true,
                0, 0, 0, 0, 950_000_000, 0, 10);
        MissionItem infinite = new MissionItem(MavCmd.NAV_WAYPOINT, MavFrame.MISSION, false, true,
                Float.POSITIVE_INFINITY, 0, 0, 0, 0, 0, 0);

        assertThatThrownBy(() -> WaypointsFile.format("out.waypoints", planOf(farNorth)))
                .hasMessage("out.waypoints: item 1: field latitude: expected a latitude within -90..90 degrees, got 95.0");
        assertThatThrownBy(() -> WaypointsFile.format("out.waypoints", planOf(infinite)))
                .hasMessage("out.waypoints: item 1: field param1: expected a finite number or NaN, got Infinity");
    }

    @Test
    void writtenPlanReadsBackEqual() {
        FlightPlan plan = WaypointsFile.parse("delivery.waypoints", Fixtures.text("delivery.waypoints"));

        String text = WaypointsFile.format("again.waypoints", plan);

        assertThat(WaypointsFile.parse("again.waypoints", text)).isEqualTo(plan);
        assertThat(text).isEqualTo(Fixtures.text("delivery.waypoints"));
    }

    private static FlightPlan planOf(MissionItem item) {
        return new FlightPlan(Optional.empty(), List.of(item), Geofence.none(), List.of());
    }
}
