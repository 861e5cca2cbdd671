package org.lifeline.groundstation.planning.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.lifeline.groundstation.planning.vehicle.TestVehicles;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.GeoPoint;

/**
 * The shape the onboard agent relies on, for any tour: one release per drop, in order, each
 * directly after a held waypoint at the drop altitude over its drop point, with the approach
 * before and the climb after over the same point; takeoff first and landing last.
 */
class MissionBuilderProperties {

    @Provide
    Arbitrary<DeliveryRoute> tours() {
        Arbitrary<GeoPoint> point = Combinators.combine(Arbitraries.doubles().between(34.03, 34.09),
                Arbitraries.doubles().between(114.36, 114.43)).as(GeoPoint::of);
        Arbitrary<Double> altitude = Arbitraries.doubles().between(50, 120);
        Arbitrary<List<GeoPoint>> interior = point.list().ofMaxSize(5);
        Arbitrary<Double> dropAltitude = Arbitraries.doubles().between(8, 15);
        Arbitrary<List<Object[]>> drops = Combinators.combine(point, dropAltitude, interior, altitude)
                .as((p, d, in, a) -> new Object[]{p, d, in, a}).list().ofMinSize(1).ofMaxSize(5);
        return Combinators.combine(point, drops, interior, altitude).as(MissionBuilderProperties::tour);
    }

    @SuppressWarnings("unchecked")
    private static DeliveryRoute tour(GeoPoint launchAt, List<Object[]> dropSpecs, List<GeoPoint> homeInterior, double homeAlt) {
        Stop launch = new Stop("launch", "Launch", launchAt);
        List<Drop> drops = new ArrayList<>();
        List<RouteLeg> legs = new ArrayList<>();
        GeoPoint from = launchAt;
        for (int i = 0; i < dropSpecs.size(); i++) {
            Object[] s = dropSpecs.get(i);
            Drop d = new Drop(new Stop("d" + i, "Drop " + i, (GeoPoint) s[0]), (Double) s[1]);
            drops.add(d);
            legs.add(leg("leg" + i, from, (List<GeoPoint>) s[2], d.stop().position(), (Double) s[3]));
            from = d.stop().position();
        }
        legs.add(leg("home", from, homeInterior, launchAt, homeAlt));
        return new DeliveryRoute(launch, drops, legs);
    }

    private static RouteLeg leg(String name, GeoPoint from, List<GeoPoint> interior, GeoPoint to, double alt) {
        List<GeoPoint> pts = new ArrayList<>();
        pts.add(from);
        pts.addAll(interior);
        pts.add(to);
        Double[] alts = new Double[pts.size()];
        java.util.Arrays.fill(alts, alt);
        return TestRoutes.leg(name, pts, alts);
    }

    @Property(tries = 200)
    void everyDropIsApproachedDescendedHeldReleasedAndClimbedOverItsPoint(@ForAll("tours") DeliveryRoute tour) {
        BuiltMission m = new MissionBuilder(TestVehicles.quad(), Landing.LAND).build(tour);
        List<MissionItem> items = m.items();
        assertThat(items.get(1).command()).isEqualTo(MavCmd.NAV_TAKEOFF);
        assertThat(items.get(items.size() - 1).command()).isEqualTo(MavCmd.NAV_LAND);
        List<Integer> releases = m.releaseSequences();
        assertThat(releases).hasSize(tour.drops().size());
        for (int k = 0; k < releases.size(); k++) {
            int r = releases.get(k);
            Drop drop = tour.drops().get(k);
            MissionItem release = items.get(r);
            assertThat(release.param1()).isEqualTo(1f);
            assertThat(release.param2()).isEqualTo(0f);
            MissionItem approach = items.get(r - 2);
            MissionItem hold = items.get(r - 1);
            MissionItem climb = items.get(r + 1);
            for (MissionItem over : List.of(approach, hold, climb)) {
                assertThat(over.command()).isEqualTo(MavCmd.NAV_WAYPOINT);
                assertThat(over.x()).isEqualTo(MissionItem.toE7(drop.stop().position().latitude()));
                assertThat(over.y()).isEqualTo(MissionItem.toE7(drop.stop().position().longitude()));
            }
            assertThat(hold.z()).isEqualTo((float) drop.dropAltitude());
            assertThat(hold.param1()).isEqualTo(8f);
            assertThat(approach.z()).isGreaterThan(hold.z());
            assertThat(climb.z()).isGreaterThan(hold.z());
            if (k > 0) {
                assertThat(r).isGreaterThan(releases.get(k - 1));
            }
        }
    }
}
