package org.lifeline.groundstation.dispatch.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.planning.vehicle.ReleaseOwner;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;

/** Drops found in a mission as the planner writes them, paired with the sortie's parcels in order. */
class SortieDropsTest {

    private static final VehicleProfile SIM_QUAD = read();

    private static VehicleProfile read() {
        try {
            return VehicleFileReader.read(Path.of("..", "docs", "examples", "sim-quad.vehicle.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MissionItem at(double lat, double lon, double alt, double hold, double accept) {
        return new MissionItem(MavCmd.NAV_WAYPOINT, MavFrame.GLOBAL_RELATIVE_ALT, false, true, (float) hold, (float) accept, 0,
                Float.NaN, MissionItem.toE7(lat), MissionItem.toE7(lon), (float) alt);
    }

    /** home, takeoff, then per drop: approach, hold, DO_GRIPPER(marker), climb; then land. */
    private static List<MissionItem> mission(int marker, double dropAlt, double... latLon) {
        List<MissionItem> m = new ArrayList<>();
        m.add(at(34.0655, 114.401, 48, 0, 0));
        m.add(MissionItem.at(MavCmd.NAV_TAKEOFF, 34.0655, 114.401, 50, 0, 0, 0, 0));
        for (int i = 0; i < latLon.length; i += 2) {
            m.add(at(latLon[i], latLon[i + 1], 50, 0, 2));
            m.add(at(latLon[i], latLon[i + 1], dropAlt, 8, 2));
            m.add(MissionItem.command(MavCmd.DO_GRIPPER, 1, marker, 0, 0));
            m.add(at(latLon[i], latLon[i + 1], 50, 0, 2));
        }
        m.add(MissionItem.at(MavCmd.NAV_LAND, 34.0655, 114.401, 0, 0, 0, 0, 0));
        return m;
    }

    @Test
    void eachParcelGetsItsHoldItemInDropOrderWithAWindowAroundItsHoldAndAtLeastTheMinimumZone() {
        List<ParcelDrop> drops = SortieDrops.pair(mission(0, 12, 34.056, 114.4085, 34.0675, 114.414), List.of("P-A", "P-B"),
                SIM_QUAD, FlightSettings.DEFAULTS);
        assertThat(drops).extracting(ParcelDrop::parcelId).containsExactly("P-A", "P-B");
        assertThat(drops).extracting(ParcelDrop::missionSeq).containsExactly(3, 7);
        assertThat(drops.get(1).latitude()).isEqualTo(34.0675, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(drops).allSatisfy(d -> {
            assertThat(d.minAltitudeMetres()).isEqualTo(11);
            assertThat(d.maxAltitudeMetres()).isEqualTo(13);
            assertThat(d.zoneRadiusMetres()).as("5 m floor over the 2 m acceptance radius").isEqualTo(5);
            assertThat(d.maxGroundSpeed()).isEqualTo(1.0);
        });
        assertThat(drops.get(0).args()).containsEntry("parcelId", "P-A").containsEntry("missionSeq", "3")
                .containsEntry("zoneRadius", "5.0").containsKeys("lat", "lon", "minAlt", "maxAlt", "maxSpeed");
    }

    @Test
    void theReleaseWindowFollowsTheHoldsAltitudeNotTheVehiclesWholeWindow() {
        // A hold at 10 m is reached by descending straight down from cruise with no horizontal
        // speed; a window of 8..15 m let the release happen at 15 m on the way down.
        assertThat(window(10)).containsExactly(9.0, 11.0);
        assertThat(window(15)).as("clipped to the vehicle's 15 m ceiling").containsExactly(14.0, 15.0);
        assertThat(window(8)).as("clipped to the vehicle's 8 m floor").containsExactly(8.0, 9.0);
    }

    private static List<Double> window(double holdAltitude) {
        ParcelDrop drop = SortieDrops.pair(mission(0, holdAltitude, 34.056, 114.4085), List.of("P-A"), SIM_QUAD,
                FlightSettings.DEFAULTS).get(0);
        return List.of(drop.minAltitudeMetres(), drop.maxAltitudeMetres());
    }

    @Test
    void theAirspacesZoneRadiusOfADropPointWins() {
        List<ParcelDrop> drops = SortieDrops.pair(mission(0, 12, 34.056, 114.4085), List.of("P-A"), SIM_QUAD,
                FlightSettings.DEFAULTS, List.of(OptionalDouble.of(3.5)));
        assertThat(drops.get(0).zoneRadiusMetres()).isEqualTo(3.5);
    }

    @Test
    void aPlanThatIsNotTheSortiesIsRefusedSayingWhy() {
        assertThatThrownBy(() -> SortieDrops.pair(mission(0, 12, 34.056, 114.4085), List.of("P-A", "P-B"), SIM_QUAD,
                FlightSettings.DEFAULTS)).hasMessage("the mission has 1 drop(s) (items [3]) but the sortie carries 2 parcel(s)");
        assertThatThrownBy(() -> SortieDrops.pair(mission(0, 20, 34.056, 114.4085), List.of("P-A"), SIM_QUAD,
                FlightSettings.DEFAULTS)).hasMessageContaining("drop item 3 holds at 20.0 m, outside")
                .hasMessageContaining("drop window 8.0..15.0 m");
        assertThatThrownBy(() -> SortieDrops.pair(mission(1, 12, 34.056, 114.4085), List.of("P-A"), SIM_QUAD,
                FlightSettings.DEFAULTS)).as("grab markers are the autopilot gripper's, not this agent-released airframe's")
                .hasMessageContaining("the mission has 0 drop(s)");
    }

    @Test
    void dropsAreMarkedByTheReleaseOwnersAction() {
        assertThat(SortieDrops.holds(mission(1, 12, 34.056, 114.4085), ReleaseOwner.AUTOPILOT)).containsExactly(3);
        assertThat(SortieDrops.holds(mission(0, 12, 34.056, 114.4085), ReleaseOwner.AUTOPILOT)).isEmpty();
    }
}
