package org.lifeline.groundstation.planning.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.planning.mission.BuiltMission;
import org.lifeline.groundstation.planning.vehicle.TestVehicles;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.GeoPoint;

class EnergyEstimatorTest {

    private static final GeoPoint HOME = new GeoPoint(34.0655, 114.4010, 48);
    /** 0.009° of latitude north of home: 1000.75 m. */
    private static final double DROP_LAT = 34.0745;

    /**
     * Takeoff to 60 m, 1 km north, descend to 12 m and hold 8 s, release, climb, 1 km back,
     * land. With the test quad: takeoff 30 s at 900 W = 7.5 Wh; each cruise 100.075 s at 360 W
     * = 10.0075 Wh; descent 48 s + hold 8 s at 720 W = 11.2 Wh; climb 24 s at 900 W = 6 Wh;
     * landing 60 s at 720 W = 12 Wh. Total 56.715 Wh in 370.15 s.
     */
    private static BuiltMission outAndBack() {
        String out = "out";
        String back = "back";
        List<MissionItem> items = List.of(
                new MissionItem(MavCmd.NAV_WAYPOINT, MavFrame.GLOBAL, false, true, 0, 0, 0, 0,
                        MissionItem.toE7(HOME.latitude()), MissionItem.toE7(HOME.longitude()), 48f),
                MissionItem.at(MavCmd.NAV_TAKEOFF, HOME.latitude(), HOME.longitude(), 60, 0, 0, 0, Float.NaN),
                MissionItem.waypoint(DROP_LAT, HOME.longitude(), 60),
                MissionItem.waypointWithHold(DROP_LAT, HOME.longitude(), 12, 8),
                MissionItem.command(MavCmd.DO_GRIPPER, 1, 0, 0, 0),
                MissionItem.waypoint(DROP_LAT, HOME.longitude(), 60),
                MissionItem.waypoint(HOME.latitude(), HOME.longitude(), 60),
                MissionItem.at(MavCmd.NAV_LAND, HOME.latitude(), HOME.longitude(), 0, 0, 0, 0, Float.NaN));
        return new BuiltMission(HOME, items, List.of(out, out, out, out, out, back, back, back));
    }

    @Test
    void estimatesEachPhaseFromTheVehicleFigures() {
        EnergyEstimate e = new EnergyEstimator(TestVehicles.quad()).estimate(outAndBack());
        assertThat(e.metres()).isCloseTo(2001.5, within(0.5));
        assertThat(e.seconds()).isCloseTo(370.15, within(0.1));
        assertThat(e.wattHours()).isCloseTo(56.715, within(0.01));
        assertThat(e.phases()).extracting(PhaseEstimate::phase).containsExactly(FlightPhase.TAKEOFF,
                FlightPhase.CRUISE, FlightPhase.DESCENT, FlightPhase.HOLD, FlightPhase.CLIMB, FlightPhase.CRUISE,
                FlightPhase.LANDING);
        assertThat(e.legs()).extracting(LegEstimate::leg).containsExactly("out", "back");
        assertThat(e.legs().get(1).wattHours()).isCloseTo(6 + 10.0075 + 12, within(0.01));
        assertThat(e.remainingWh()).isCloseTo(400 - 56.715, within(0.01));
        assertThat(e.marginWh()).isCloseTo(300 - 56.715, within(0.01));
    }

    @Test
    void missionThatFitsTheReserveIsAccepted() throws Exception {
        new EnergyEstimator(TestVehicles.quad()).estimate(outAndBack()).requireReserve();
    }

    @Test
    void missionLandingBelowTheReserveIsRefusedSayingByHowMuch() throws Exception {
        VehicleProfile small = VehicleFileReader.parse("small.json",
                TestVehicles.quadJson().replace("\"batteryWh\": 400", "\"batteryWh\": 70"));
        EnergyEstimate e = new EnergyEstimator(small).estimate(outAndBack());
        assertThatThrownBy(e::requireReserve)
                .isInstanceOf(EnergyRefusedException.class)
                .hasMessage("energy: the mission needs 56.7 Wh of the 70.0 Wh battery and would land with 13.3 Wh "
                        + "(19.0 %), 4.2 Wh (6.0 %) below the 25 % reserve of 17.5 Wh");
    }

    @Test
    void missionBeyondTheWholeBatterySaysItWouldRunFlat() throws Exception {
        VehicleProfile tiny = VehicleFileReader.parse("tiny.json",
                TestVehicles.quadJson().replace("\"batteryWh\": 400", "\"batteryWh\": 50"));
        EnergyEstimate e = new EnergyEstimator(tiny).estimate(outAndBack());
        assertThatThrownBy(e::requireReserve)
                .hasMessage("energy: the mission needs 56.7 Wh of the 50.0 Wh battery and would run it flat 6.7 Wh "
                        + "before landing, 19.2 Wh (38.4 %) beyond the 25 % reserve of 12.5 Wh");
    }

    @Test
    void slopedLegTakesTheLongerOfHorizontalAndVerticalTime() {
        List<MissionItem> items = List.of(
                new MissionItem(MavCmd.NAV_WAYPOINT, MavFrame.GLOBAL, false, true, 0, 0, 0, 0,
                        MissionItem.toE7(HOME.latitude()), MissionItem.toE7(HOME.longitude()), 0f),
                MissionItem.at(MavCmd.NAV_TAKEOFF, HOME.latitude(), HOME.longitude(), 10, 0, 0, 0, Float.NaN),
                // 100 m away but 100 m higher: 10 s horizontally, 50 s of climbing
                MissionItem.waypoint(HOME.latitude() + 0.000899, HOME.longitude(), 110));
        EnergyEstimate e = new EnergyEstimator(TestVehicles.quad())
                .estimate(new BuiltMission(HOME, items, List.of("a", "a", "a")));
        PhaseEstimate slope = e.phases().get(1);
        assertThat(slope.seconds()).isCloseTo(50, within(1e-9));
        // 50 s at 360 W plus (900 - 360) W for the 50 s of climbing
        assertThat(slope.wattHours()).isCloseTo((360 * 50 + 540 * 50) / 3600.0, within(1e-9));
    }
}
