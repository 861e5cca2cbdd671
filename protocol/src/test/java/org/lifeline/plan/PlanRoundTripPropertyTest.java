package org.lifeline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;

/**
 * What is written is what is read: a plan saved and loaded again, or uploaded and downloaded
 * again, must be the same plan, item for item and bit for bit. Positions are generated at the
 * 1e-7 degree resolution the vehicle stores, radii and rally altitudes at float precision (what
 * the mission protocol carries), and params cover NaN, -0, tiny and huge floats.
 */
class PlanRoundTripPropertyTest {

    @Property(tries = 100)
    void waypointsFileReadsBackWhatItWrote(@ForAll("missionOnlyPlans") FlightPlan plan) {
        String text = WaypointsFile.format("p.waypoints", plan);

        assertThat(WaypointsFile.parse("p.waypoints", text)).isEqualTo(plan);
    }

    @Property(tries = 100)
    void qgcPlanFileReadsBackWhatItWrote(@ForAll("fullPlans") FlightPlan plan) {
        String json = QgcPlanFile.format("p.plan", plan);

        assertThat(QgcPlanFile.parse("p.plan", json)).isEqualTo(plan);
    }

    @Property(tries = 100)
    void vehiclePlansReadBackAsTheSameFlightPlan(@ForAll("fullPlans") FlightPlan plan) {
        assertThat(VehiclePlans.of(plan).toFlightPlan()).isEqualTo(plan);
    }

    @Provide
    Arbitrary<FlightPlan> missionOnlyPlans() {
        return Combinators.combine(homes(), items(true).list().ofMaxSize(12))
                .as((home, items) -> new FlightPlan(home, items, Geofence.none(), List.of()));
    }

    /** The .plan format has no "current" flag, so these plans keep it false. */
    @Provide
    Arbitrary<FlightPlan> fullPlans() {
        return Combinators.combine(homes(), items(false).list().ofMaxSize(12), fences(),
                rallyPoints().list().ofMaxSize(4)).as(FlightPlan::new);
    }

    private static Arbitrary<Optional<GeoPoint>> homes() {
        Arbitrary<GeoPoint> home = Combinators.combine(latitudes(), longitudes(),
                        Arbitraries.floats().between(-400, 9000).map(f -> (double) f))
                .as(GeoPoint::new)
                .filter(p -> p.latitude() != 0 || p.longitude() != 0);
        return Arbitraries.oneOf(home.map(Optional::of), Arbitraries.just(Optional.empty()));
    }

    private static Arbitrary<MissionItem> items(boolean withCurrent) {
        Arbitrary<Integer> commands = Arbitraries.oneOf(Arbitraries.of(MavCmd.NAV_WAYPOINT, MavCmd.NAV_TAKEOFF,
                MavCmd.NAV_LAND, MavCmd.NAV_RETURN_TO_LAUNCH, MavCmd.DO_JUMP, MavCmd.DO_GRIPPER, MavCmd.DO_CHANGE_SPEED),
                Arbitraries.integers().between(0, 65535));
        Arbitrary<Integer> frames = Arbitraries.of(MavFrame.GLOBAL, MavFrame.LOCAL_NED, MavFrame.MISSION,
                MavFrame.GLOBAL_RELATIVE_ALT, MavFrame.GLOBAL_INT, MavFrame.GLOBAL_RELATIVE_ALT_INT,
                MavFrame.GLOBAL_TERRAIN_ALT, MavFrame.BODY_FRD);
        Arbitrary<float[]> params = params().array(float[].class).ofSize(5);
        Arbitrary<int[]> raw = Arbitraries.integers().array(int[].class).ofSize(2);
        Arbitrary<Boolean> current = withCurrent ? Arbitraries.of(true, false) : Arbitraries.just(false);
        return Combinators.combine(commands, frames, current, Arbitraries.of(true, false), params, raw,
                        latitudes(), longitudes())
                .as((command, frame, cur, auto, p, xy, lat, lon) -> {
                    boolean global = MavFrame.isGlobal(frame);
                    int x = global ? MissionItem.toE7(lat) : xy[0];
                    int y = global ? MissionItem.toE7(lon) : xy[1];
                    return new MissionItem(command, frame, cur, auto, p[0], p[1], p[2], p[3], x, y, p[4]);
                });
    }

    private static Arbitrary<Float> params() {
        return Arbitraries.oneOf(
                Arbitraries.floats().between(-1000, 1000).ofScale(2),
                Arbitraries.floats(),
                Arbitraries.floats().between(-1e-6f, 1e-6f).ofScale(12),
                Arbitraries.of(0f, -0f, 1f, Float.NaN, Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE));
    }

    private static Arbitrary<Geofence> fences() {
        Arbitrary<FencePolygon> polygons = Combinators.combine(Arbitraries.of(true, false),
                        points().list().ofMinSize(3).ofMaxSize(8))
                .as(FencePolygon::new);
        Arbitrary<FenceCircle> circles = Combinators.combine(Arbitraries.of(true, false), points(),
                        Arbitraries.floats().between(0.5f, 100_000f).map(f -> (double) f))
                .as(FenceCircle::new);
        return Combinators.combine(polygons.list().ofMaxSize(3), circles.list().ofMaxSize(3)).as(Geofence::new);
    }

    private static Arbitrary<RallyPoint> rallyPoints() {
        return Combinators.combine(latitudes(), longitudes(), Arbitraries.floats().between(-100, 3000).map(f -> (double) f))
                .as((lat, lon, alt) -> new RallyPoint(new GeoPoint(lat, lon, alt)));
    }

    private static Arbitrary<GeoPoint> points() {
        return Combinators.combine(latitudes(), longitudes()).as(GeoPoint::of);
    }

    /** Degrees at the 1e-7 resolution of MISSION_ITEM_INT (k / 1e7 is the double nearest to the decimal). */
    private static Arbitrary<Double> latitudes() {
        return Arbitraries.integers().between(-900_000_000, 900_000_000).map(k -> k / 1e7);
    }

    private static Arbitrary<Double> longitudes() {
        return Arbitraries.integers().between(-1_800_000_000, 1_800_000_000).map(k -> k / 1e7);
    }
}
