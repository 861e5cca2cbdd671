package org.lifeline.groundstation.dispatch.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.lifeline.groundstation.dispatch.assign.AssignFixtures.NOW;
import static org.lifeline.groundstation.dispatch.assign.AssignFixtures.drone;
import static org.lifeline.groundstation.dispatch.assign.AssignFixtures.parcel;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.dispatch.request.Priority;
import org.lifeline.groundstation.planning.energy.EnergyEstimator;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.PlanFiles;

/** A drop given by coordinates is flown like a drop point: geofenced costs, its own .plan, its own explanations. */
class CoordinateDropsTest {

    /** 40 m north-east of dp-behind-wall in {@link AssignFixtures#walled()}: behind the no-fly wall too. */
    private static final GeoPoint BEHIND_WALL = GeoPoint.of(34.0503, 114.4043);

    private static QueuedParcel at(String id, GeoPoint where, int grams, Priority priority) {
        return QueuedParcel.atPosition(id, where, grams, priority, NOW.minusSeconds(600), Optional.empty());
    }

    private static double straight(GeoPoint p, GeoPoint q) {
        return EnergyEstimator.distance(p.latitude(), p.longitude(), q.latitude(), q.longitude());
    }

    @Test
    void aDropByCoordinatesBehindANoFlyWallIsCostedAsTheDetourAndItsPlanReleasesOverThoseCoordinates(@TempDir Path dir)
            throws Exception {
        Airspace walled = AssignFixtures.walled();
        QueuedParcel p = at("P-COORD01", BEHIND_WALL, 500, Priority.FOOD);
        List<FleetDrone> fleet = List.of(drone("d1", "launch"));

        Wave wave = AssignFixtures.dispatcher().plan(walled, NOW, List.of(p), fleet);

        assertThat(wave.sorties()).hasSize(1);
        Sortie s = wave.sorties().get(0);
        assertThat(s.dropPointIds()).containsExactly("34.050300,114.404300");
        double straight = straight(walled.launchSite("launch").orElseThrow().position(), BEHIND_WALL);
        assertThat(s.metres()).isGreaterThan(2 * 3 * straight); // round the wall through its gap in the north, and back
        assertThat(wave.explain("P-COORD01").orElseThrow().text()).startsWith("d1, drop 1 of 1 from launch:");

        PlannedWave planned = new SortiePlanner(30).plan(walled, wave, fleet);
        assertThat(planned.sorties()).hasSize(1);
        PlannedSortie plan = planned.sorties().get(0);
        assertThat(plan.plan().route().drops()).singleElement().satisfies(d -> {
            assertThat(d.stop().id()).isEqualTo("34.050300,114.404300");
            assertThat(d.stop().position().latitude()).isEqualTo(34.0503);
            assertThat(d.stop().position().longitude()).isEqualTo(114.4043);
        });
        assertThat(plan.metres()).isCloseTo(s.metres(), within(0.02 * s.metres() + 5));
        FlightPlan back = PlanFiles.read(SortiePlanner.write(plan, dir));
        assertThat(back.mission()).anySatisfy(item -> {
            assertThat(item.latitude()).isCloseTo(34.0503, within(1e-6));
            assertThat(item.longitude()).isCloseTo(114.4043, within(1e-6));
        });
        // not the airspace's drop point 40 m away
        assertThat(back.mission()).extracting(MissionItem::longitude).doesNotContain(114.404);
    }

    @Test
    void coordinatesOutOfReachAreRefusedForTheWaveNamingThemAndTheShortfall() {
        Airspace fugou = AssignFixtures.fugou();
        // the far north-east of the operating area, for a drone with little charge
        GeoPoint far = fugou.dropPoint("dp-pharmacy-north").orElseThrow().position();
        QueuedParcel p = at("P-FAR", far, 300, Priority.FOOD);
        FleetDrone low = FleetDrone.ready("low", AssignFixtures.quad(), "launch-west", 30);

        Wave wave = AssignFixtures.dispatcher().plan(fugou, NOW, List.of(p), List.of(low));

        Explanation e = wave.explain("P-FAR").orElseThrow();
        assertThat(e.kind()).isEqualTo(Explanation.Kind.OUT_OF_REACH);
        assertThat(e.text()).matches("no drone can reach " + p.dropPointId().replace(".", "\\.")
                + " with the 25 % reserve: [0-9.]+ Wh short \\(closest: low from launch-west at 30 % battery\\)");
    }

    @Test
    void coordinatesCostWhatTheSameSpotCostsAsADropPointAndNeverRecomputeTheAirspacesMatrix() {
        Airspace walled = AssignFixtures.walled();
        DropPoint known = walled.dropPoint("dp-behind-wall").orElseThrow();
        TravelMatrices matrices = new TravelMatrices(4);
        TravelMatrix base = matrices.get(walled, 30, 110);
        QueuedParcel same = at("P-SAME", known.position(), 500, Priority.FOOD);
        QueuedParcel other = at("P-OTHER", BEHIND_WALL, 500, Priority.FOOD);
        List<DropPoint> extra = CoordinateDrops.of(walled, List.of(same, other, at("P-TWICE", BEHIND_WALL, 100, Priority.OTHER)));

        TravelMatrix m = matrices.get(walled, extra, 30, 110);

        assertThat(extra).extracting(DropPoint::id).containsExactly(same.dropPointId(), other.dropPointId());
        assertThat(matrices.size()).isEqualTo(1);
        assertThat(m.size()).isEqualTo(base.size() + 2);
        for (String stop : List.of("launch", "dp-open", "dp-behind-wall")) {
            assertThat(m.metres(same.dropPointId(), stop)).as(stop).isCloseTo(base.metres("dp-behind-wall", stop), within(0.01));
            assertThat(m.metres(stop, other.dropPointId())).isEqualTo(m.metres(other.dropPointId(), stop));
        }
        assertThat(m.metres(same.dropPointId(), other.dropPointId())).isGreaterThan(0).isLessThan(100);
        assertThat(matrices.get(walled, extra, 30, 110).metres("launch", other.dropPointId()))
                .isEqualTo(m.metres("launch", other.dropPointId()));
    }
}
