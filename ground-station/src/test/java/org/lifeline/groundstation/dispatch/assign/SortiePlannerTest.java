package org.lifeline.groundstation.dispatch.assign;

import org.lifeline.groundstation.dispatch.request.Priority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.groundstation.dispatch.assign.AssignFixtures.NOW;
import static org.lifeline.groundstation.dispatch.assign.AssignFixtures.drone;
import static org.lifeline.groundstation.dispatch.assign.AssignFixtures.parcel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.PlanFiles;

/** Each sortie becomes a .plan through the mission planner, which has the last word on energy. */
class SortiePlannerTest {

    private static final Airspace FUGOU = AssignFixtures.fugou();

    @Test
    void everySortieOfAWaveBecomesAPlanThatVisitsItsDropsInOrderAndKeepsTheReserve(@TempDir Path dir) {
        List<FleetDrone> fleet = List.of(drone("d1", "launch-fire"), drone("d2", "launch-west"));
        Wave wave = AssignFixtures.dispatcher().plan(FUGOU, NOW, List.of(
                parcel("a", "dp-jianshe-b3", 600, Priority.MEDICINE),
                parcel("b", "dp-jianshe-b7", 600, Priority.FOOD),
                parcel("c", "dp-railway", 900, Priority.URGENT_MEDICINE),
                parcel("d", "dp-xicheng-12", 900, Priority.INFANT)), fleet);

        PlannedWave planned = new SortiePlanner(30).plan(FUGOU, wave, fleet);

        assertThat(planned.sorties()).hasSize(wave.sorties().size());
        for (PlannedSortie p : planned.sorties()) {
            assertThat(p.plan().route().drops()).extracting(d -> d.stop().id()).isEqualTo(p.sortie().dropPointIds());
            assertThat(p.plan().energy().marginWh()).isPositive();
            assertThat(p.metres()).isCloseTo(p.sortie().metres(), org.assertj.core.api.Assertions.within(0.02 * p.metres() + 5));
            Path file = SortiePlanner.write(p, dir);
            assertThat(file.getFileName().toString()).endsWith(".plan");
            FlightPlan back = PlanFiles.read(file);
            assertThat(back.mission().size()).isEqualTo(p.plan().flightPlan().mission().size());
        }
        assertThat(planned.wave().unassigned()).isEmpty();
    }

    @Test
    void whenThePlannerRefusesTheLastParcelIsTakenOffAndTheRestIsPlannedAgainWithTheReason() {
        FleetDrone low = FleetDrone.ready("low", AssignFixtures.quad(), "launch-fire", 55);
        QueuedParcel near = parcel("near", "dp-elderly-home", 300, Priority.MEDICINE);
        QueuedParcel far = parcel("far", "dp-riverside", 300, Priority.FOOD);
        QueuedParcel farther = parcel("farther", "dp-pharmacy-north", 300, Priority.FOOD);
        // a sortie made by hand, beyond what the drone can fly: the planner must cut it down
        Sortie greedy = new Sortie("low", "launch-fire", List.of(near, far, farther), 12_000, 1_200, 100);
        Wave wave = new Wave(NOW, List.of(greedy), List.of(
                new Explanation("near", Explanation.Kind.ASSIGNED, "by hand"),
                new Explanation("far", Explanation.Kind.ASSIGNED, "by hand"),
                new Explanation("farther", Explanation.Kind.ASSIGNED, "by hand")), List.of());

        PlannedWave planned = new SortiePlanner(30).plan(FUGOU, wave, List.of(low));

        assertThat(planned.sorties()).hasSize(1);
        assertThat(planned.sorties().get(0).sortie().parcels()).containsExactly(near);
        assertThat(planned.sorties().get(0).plan().energy().wattHours()).isLessThanOrEqualTo(low.spendableWh());
        Explanation e = planned.wave().explain("farther").orElseThrow();
        assertThat(e.kind()).isEqualTo(Explanation.Kind.PLAN_REFUSED);
        assertThat(e.text()).startsWith("taken off low's sortie: the mission planner refused it with dp-pharmacy-north on board: ")
                .contains("Wh short");
        assertThat(planned.wave().explain("far").orElseThrow().kind()).isEqualTo(Explanation.Kind.PLAN_REFUSED);
    }
}
