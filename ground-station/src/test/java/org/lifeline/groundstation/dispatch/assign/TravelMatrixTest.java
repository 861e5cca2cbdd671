package org.lifeline.groundstation.dispatch.assign;

import org.lifeline.groundstation.dispatch.request.Priority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lifeline.groundstation.dispatch.assign.AssignFixtures.NOW;
import static org.lifeline.groundstation.dispatch.assign.AssignFixtures.drone;
import static org.lifeline.groundstation.dispatch.assign.AssignFixtures.parcel;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.planning.energy.EnergyEstimator;
import org.lifeline.plan.GeoPoint;

/** Travel costs come from the geofenced planner, never from straight lines. */
class TravelMatrixTest {

    private static double straight(Airspace a, String from, String to) {
        GeoPoint p = a.launchSite(from).map(l -> l.position()).orElseGet(() -> a.dropPoint(from).orElseThrow().position());
        GeoPoint q = a.dropPoint(to).orElseThrow().position();
        return EnergyEstimator.distance(p.latitude(), p.longitude(), q.latitude(), q.longitude());
    }

    @Test
    void aDropPointCloseInAStraightLineButBehindANoFlyWallIsCostedAsTheDetour() {
        Airspace walled = AssignFixtures.walled();
        TravelMatrix m = TravelMatrix.compute(walled, 30, 110);

        double straight = straight(walled, "launch", "dp-behind-wall");
        assertThat(straight).isBetween(360.0, 380.0);
        assertThat(m.metres("launch", "dp-behind-wall")).isGreaterThan(4 * straight);
        assertThat(m.metres("launch", "dp-open")).isCloseTo(straight(walled, "launch", "dp-open"), within(0.005 * 430));
    }

    @Test
    void theSolverSeesTheDetourSoAnEquallyNearOpenDropIsTheCheaperSortie() {
        Airspace walled = AssignFixtures.walled();
        Wave wave = AssignFixtures.dispatcher().plan(walled, NOW, List.of(
                parcel("behind", "dp-behind-wall", 500, Priority.FOOD),
                parcel("open", "dp-open", 500, Priority.FOOD)), List.of(drone("d1", "launch")));

        Sortie s = wave.sorties().get(0);
        assertThat(s.metres()).isGreaterThan(2 * 4 * straight(walled, "launch", "dp-behind-wall"));
    }

    @Test
    void onTheSampleAirspaceEveryStopIsReachableAndNoLegIsShorterThanTheStraightLine() {
        Airspace fugou = AssignFixtures.fugou();
        TravelMatrix m = new TravelMatrices(2).get(fugou, 30, 110);

        assertThat(m.size()).isEqualTo(fugou.launchSites().size() + fugou.dropPoints().size());
        for (int i = 0; i < m.size(); i++) {
            for (int j = 0; j < m.size(); j++) {
                assertThat(m.metres(i, j)).isFinite().isEqualTo(m.metres(j, i));
            }
        }
        for (var l : fugou.launchSites()) {
            for (var d : fugou.dropPoints()) {
                // 0.5 %: the haversine sphere against the planner's ellipsoidal projection
                assertThat(m.metres(l.id(), d.id())).isGreaterThanOrEqualTo(0.995 * straight(fugou, l.id(), d.id()));
            }
        }
    }

    @Test
    void theCacheKeepsOneMatrixPerAirspaceAndMargin() {
        TravelMatrices cache = new TravelMatrices(2);
        Airspace walled = AssignFixtures.walled();
        TravelMatrix a = cache.get(walled, 30, 110);
        assertThat(cache.get(AssignFixtures.walled(), 30, 110)).isSameAs(a);
        assertThat(cache.get(walled, 60, 110)).isNotSameAs(a);
        assertThat(cache.size()).isEqualTo(2);
    }
}
