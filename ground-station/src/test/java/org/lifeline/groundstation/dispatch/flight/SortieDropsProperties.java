package org.lifeline.groundstation.dispatch.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.lifeline.groundstation.planning.vehicle.ReleaseOwner;
import org.lifeline.groundstation.planning.vehicle.VehicleFileReader;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;

/**
 * A drop plan is sent only for a real drop: whatever the mission holds around it, each parcel is
 * paired with a hold waypoint that the release marker follows before the next navigation item,
 * at that waypoint's position, in mission order, and a mission whose drops do not match the
 * parcels one for one is refused whole.
 */
class SortieDropsProperties {

    private static final VehicleProfile SIM_QUAD;

    static {
        try {
            SIM_QUAD = VehicleFileReader.read(Path.of("..", "docs", "examples", "sim-quad.vehicle.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Pieces a mission is made of; only DROP and DROP_AFTER_SPEED are drops of the agent's release. */
    enum Piece { WAYPOINT, HOLD_ONLY, DROP, DROP_AFTER_SPEED, GRAB_DROP, LONE_GRIPPER, HOLD_THEN_NAV_THEN_GRIPPER }

    @Provide
    Arbitrary<List<Piece>> missions() {
        return Arbitraries.of(Piece.class).list().ofMaxSize(12);
    }

    @Property(tries = 300)
    void eachParcelIsPairedWithARealDropInMissionOrder(@ForAll("missions") List<Piece> pieces) {
        List<MissionItem> mission = new ArrayList<>();
        mission.add(wp(0, 0, 0));
        mission.add(MissionItem.at(MavCmd.NAV_TAKEOFF, 34.0655, 114.401, 50, 0, 0, 0, 0));
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            double lat = 34.06 + i * 0.001;
            mission.add(wp(lat - 0.0005, 50, 0)); // a leg between pieces: no piece reaches into the next
            switch (pieces.get(i)) {
                case WAYPOINT -> mission.add(wp(lat, 0, 0));
                case HOLD_ONLY -> mission.add(wp(lat, 12, 8));
                case DROP -> {
                    expected.add(mission.size());
                    mission.add(wp(lat, 12, 8));
                    mission.add(gripper(0));
                }
                case DROP_AFTER_SPEED -> {
                    expected.add(mission.size());
                    mission.add(wp(lat, 12, 8));
                    mission.add(MissionItem.command(MavCmd.DO_CHANGE_SPEED, 1, 3, -1, 0));
                    mission.add(gripper(0));
                }
                case GRAB_DROP -> {
                    mission.add(wp(lat, 12, 8));
                    mission.add(gripper(1));
                }
                case LONE_GRIPPER -> mission.add(gripper(0));
                case HOLD_THEN_NAV_THEN_GRIPPER -> {
                    mission.add(wp(lat, 12, 8));
                    mission.add(wp(lat, 50, 0));
                    mission.add(gripper(0));
                }
            }
        }
        mission.add(MissionItem.at(MavCmd.NAV_LAND, 34.0655, 114.401, 0, 0, 0, 0, 0));

        assertThat(SortieDrops.holds(mission, ReleaseOwner.AGENT)).containsExactlyElementsOf(expected);
        List<String> parcels = expected.stream().map(s -> "P-" + s).toList();
        List<ParcelDrop> drops = SortieDrops.pair(mission, parcels, SIM_QUAD, FlightSettings.DEFAULTS);
        for (int k = 0; k < drops.size(); k++) {
            ParcelDrop d = drops.get(k);
            assertThat(d.parcelId()).isEqualTo(parcels.get(k));
            assertThat(d.missionSeq()).isEqualTo(expected.get(k));
            assertThat(d.latitude()).isEqualTo(mission.get(d.missionSeq()).latitude());
        }
        List<String> oneMore = new ArrayList<>(parcels);
        oneMore.add("P-extra");
        assertThatThrownBy(() -> SortieDrops.pair(mission, oneMore, SIM_QUAD, FlightSettings.DEFAULTS))
                .hasMessageContaining("but the sortie carries " + oneMore.size() + " parcel(s)");
    }

    private static MissionItem wp(double lat, double alt, double hold) {
        return new MissionItem(MavCmd.NAV_WAYPOINT, MavFrame.GLOBAL_RELATIVE_ALT, false, true, (float) hold, 2f, 0, Float.NaN,
                MissionItem.toE7(lat == 0 ? 34.0655 : lat), MissionItem.toE7(114.401), (float) alt);
    }

    private static MissionItem gripper(int action) {
        return MissionItem.command(MavCmd.DO_GRIPPER, 1, action, 0, 0);
    }
}
