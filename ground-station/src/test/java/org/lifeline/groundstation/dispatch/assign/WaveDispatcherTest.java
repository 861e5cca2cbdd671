package org.lifeline.groundstation.dispatch.assign;

import org.lifeline.groundstation.dispatch.request.Priority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.groundstation.dispatch.assign.AssignFixtures.NOW;
import static org.lifeline.groundstation.dispatch.assign.AssignFixtures.drone;
import static org.lifeline.groundstation.dispatch.assign.AssignFixtures.parcel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.airspace.Airspace;

/** Waves on the documented sample airspace (docs/examples/fugou-airspace.geojson). */
class WaveDispatcherTest {

    private static final Airspace FUGOU = AssignFixtures.fugou();
    private final WaveDispatcher dispatcher = AssignFixtures.dispatcher();

    @Test
    void urgentMedicineFliesFirstAndDisplacesFoodWhenOneDroneCanCarryOnlyOne() {
        List<QueuedParcel> queue = List.of(
                parcel("food-1", "dp-elderly-home", 1_900, Priority.FOOD, 60),
                parcel("food-2", "dp-community", 1_900, Priority.FOOD, 50),
                parcel("urgent", "dp-railway", 1_800, Priority.URGENT_MEDICINE, 1));
        Wave wave = dispatcher.plan(FUGOU, NOW, queue, List.of(drone("d1", "launch-fire")));

        assertThat(wave.sorties()).hasSize(1);
        assertThat(wave.sorties().get(0).parcels()).extracting(QueuedParcel::requestId).containsExactly("urgent");
        assertThat(wave.explain("food-1").orElseThrow().text()).isEqualTo("waiting: lower priority than 1 urgent parcels");
        assertThat(wave.explain("food-2").orElseThrow().kind()).isEqualTo(Explanation.Kind.WAITING);
    }

    @Test
    void onASortieWithUrgentMedicineAndFoodTheMedicineIsDroppedFirst() {
        List<QueuedParcel> queue = List.of(
                parcel("food", "dp-elderly-home", 800, Priority.FOOD, 30),
                parcel("urgent", "dp-community", 300, Priority.URGENT_MEDICINE, 1));
        Wave wave = dispatcher.plan(FUGOU, NOW, queue, List.of(drone("d1", "launch-fire")));

        assertThat(wave.sorties()).hasSize(1);
        assertThat(wave.sorties().get(0).parcels()).extracting(QueuedParcel::requestId).containsExactly("urgent", "food");
        assertThat(wave.explain("urgent").orElseThrow().text()).startsWith("d1, drop 1 of 2 from launch-fire: ");
    }

    @Test
    void aSortieCarriesSeveralParcelsUpToThePayloadAndNoMore() {
        List<QueuedParcel> queue = List.of(
                parcel("a", "dp-jianshe-b3", 700, Priority.FOOD),
                parcel("b", "dp-jianshe-b7", 700, Priority.FOOD),
                parcel("c", "dp-dongcheng", 700, Priority.FOOD),
                parcel("d", "dp-elderly-home", 700, Priority.FOOD));
        Wave wave = dispatcher.plan(FUGOU, NOW, queue, List.of(drone("d1", "launch-fire"), drone("d2", "launch-west")));

        for (Sortie s : wave.sorties()) {
            assertThat(s.payloadGrams()).isLessThanOrEqualTo(2_000);
        }
        assertThat(wave.sorties().stream().mapToInt(s -> s.parcels().size()).sum()).isEqualTo(4);
        assertThat(wave.sorties()).hasSize(2);
        assertThat(wave.unassigned()).isEmpty();
    }

    @Test
    void aParcelHeavierThanEveryDroneIsRefusedWithTheWeights() {
        Wave wave = dispatcher.plan(FUGOU, NOW, List.of(parcel("heavy", "dp-railway", 2_400, Priority.FOOD)),
                List.of(drone("d1", "launch-fire")));

        Explanation e = wave.explain("heavy").orElseThrow();
        assertThat(e.kind()).isEqualTo(Explanation.Kind.TOO_HEAVY);
        assertThat(e.text()).isEqualTo("payload 2,400 g exceeds every available drone's 2,000 g");
        assertThat(wave.explain("d1").orElseThrow().kind()).isEqualTo(Explanation.Kind.DRONE_IDLE);
    }

    @Test
    void aDroneWithTooLittleChargeCannotReachAndTheShortfallIsNamed() {
        FleetDrone low = FleetDrone.ready("low", AssignFixtures.quad(), "launch-west", 30);
        Wave wave = dispatcher.plan(FUGOU, NOW, List.of(parcel("far", "dp-community", 500, Priority.MEDICINE)), List.of(low));

        Explanation e = wave.explain("far").orElseThrow();
        assertThat(e.kind()).isEqualTo(Explanation.Kind.OUT_OF_REACH);
        assertThat(e.text()).matches("no drone can reach dp-community with the 25 % reserve: \\d+\\.\\d Wh short .*");
    }

    @Test
    void noSortieIsPlannedOverTheEnergyTheDroneCanSpend() {
        List<QueuedParcel> queue = new ArrayList<>();
        String[] drops = {"dp-community", "dp-riverside", "dp-pharmacy-north", "dp-dongcheng", "dp-nanguan-clinic"};
        for (int i = 0; i < drops.length; i++) {
            queue.add(parcel("p" + i, drops[i], 300, Priority.FOOD));
        }
        FleetDrone half = FleetDrone.ready("half", AssignFixtures.quad(), "launch-fire", 60);
        Wave wave = dispatcher.plan(FUGOU, NOW, queue, List.of(half));

        assertThat(wave.sorties()).hasSize(1);
        assertThat(wave.sorties().get(0).estimatedWh()).isLessThanOrEqualTo(half.spendableWh());
        assertThat(wave.sorties().get(0).parcels().size()).isLessThan(drops.length);
        assertThat(wave.unassigned()).extracting(Explanation::kind)
                .containsOnly(Explanation.Kind.WAITING, Explanation.Kind.OUT_OF_REACH)
                .contains(Explanation.Kind.WAITING);
    }

    @Test
    void everyParcelAndEveryUnusedDroneIsExplained() {
        List<QueuedParcel> queue = List.of(
                parcel("ok", "dp-elderly-home", 500, Priority.INFANT),
                parcel("nowhere", "dp-atlantis", 500, Priority.FOOD),
                parcel("heavy", "dp-railway", 5_000, Priority.OTHER));
        FleetDrone offline = new FleetDrone("off", AssignFixtures.quad(), "launch-west", 90, Optional.of("offline"));
        Wave wave = dispatcher.plan(FUGOU, NOW, queue, List.of(drone("d1", "launch-fire"), drone("d2", "launch-west"), offline));

        assertThat(wave.parcels()).extracting(Explanation::subjectId).containsExactlyInAnyOrder("ok", "nowhere", "heavy");
        assertThat(wave.explain("nowhere").orElseThrow().kind()).isEqualTo(Explanation.Kind.UNKNOWN_DROP_POINT);
        assertThat(wave.explain("off").orElseThrow().text()).isEqualTo("offline");
        assertThat(wave.drones()).extracting(Explanation::subjectId).contains("off");
        assertThat(wave.sorties().size() + wave.drones().size()).isEqualTo(3);
    }

    @Test
    void aLightSortieOfRecentParcelsIsHeldForOthersToJoinButUrgentMedicineAndShortToursNeverWait() {
        List<FleetDrone> fleet = List.of(drone("d1", "launch-fire"));
        Wave held = dispatcher.plan(FUGOU, NOW, List.of(parcel("food", "dp-riverside", 300, Priority.FOOD, 2)), fleet);

        assertThat(held.sorties()).isEmpty();
        assertThat(held.explain("food").orElseThrow().text()).isEqualTo("waiting: d1's sortie would fly 15 % loaded "
                + "(flies at 60 %); held for other parcels to join until 02:08 UTC at the latest");
        assertThat(held.explain("d1").orElseThrow().text()).startsWith("held back: d1's sortie would fly 15 % loaded");

        Wave later = dispatcher.plan(FUGOU, NOW.plusSeconds(480), List.of(parcel("food", "dp-riverside", 300, Priority.FOOD, 2)), fleet);
        assertThat(later.sorties()).hasSize(1);

        Wave urgent = dispatcher.plan(FUGOU, NOW, List.of(parcel("pills", "dp-riverside", 300, Priority.URGENT_MEDICINE, 0)), fleet);
        assertThat(urgent.sorties()).hasSize(1);

        // a 2.5 km tour: taking another parcel along could save little, so it is not worth the wait
        Wave near = dispatcher.plan(FUGOU, NOW, List.of(parcel("food", "dp-elderly-home", 300, Priority.FOOD, 2)), fleet);
        assertThat(near.sorties()).singleElement().satisfies(s -> assertThat(s.metres())
                .isLessThan(DispatchSettings.DEFAULTS.batchMinTourMetres()));
        assertThat(near.explain("food").orElseThrow().kind()).isEqualTo(Explanation.Kind.ASSIGNED);
    }

    @Test
    void aDeadlineThatCanStillBeMetIsAWindowAndOneAlreadyMissedStillFliesMarkedLate() {
        QueuedParcel due = new QueuedParcel("due", "dp-community", 500, Priority.MEDICINE, NOW.minusSeconds(3_000),
                Optional.of(NOW.plusSeconds(270)));
        QueuedParcel missed = new QueuedParcel("missed", "dp-riverside", 500, Priority.MEDICINE, NOW.minusSeconds(9_000),
                Optional.of(NOW.minusSeconds(60)));
        QueuedParcel food = parcel("food", "dp-elderly-home", 500, Priority.FOOD, 30);
        Wave wave = dispatcher.plan(FUGOU, NOW, List.of(food, due, missed),
                List.of(drone("d1", "launch-fire"), drone("d2", "launch-west")));

        Sortie withDue = wave.sorties().stream().filter(s -> s.parcels().contains(due)).findFirst().orElseThrow();
        // straight there takes about 232 s with the climb, by way of the elderly home about 305 s: it must go first
        assertThat(withDue.parcels().get(0)).isEqualTo(due);
        assertThat(wave.explain("missed").orElseThrow().kind()).isEqualTo(Explanation.Kind.ASSIGNED);
        assertThat(wave.explain("missed").orElseThrow().text()).endsWith("; late: no drone can make its deadline");
        assertThat(wave.explain("due").orElseThrow().text()).doesNotContain("late");
    }

    @Test
    void theSameInputsGiveTheSameWave() {
        List<QueuedParcel> queue = new ArrayList<>();
        String[] drops = {"dp-community", "dp-riverside", "dp-pharmacy-north", "dp-dongcheng", "dp-nanguan-clinic",
                "dp-railway", "dp-xicheng-gate", "dp-beiguan-market"};
        for (int i = 0; i < 16; i++) {
            queue.add(parcel("p" + i, drops[i % drops.length], 300 + 100 * (i % 5), Priority.values()[i % 5]));
        }
        List<FleetDrone> fleet = List.of(drone("d1", "launch-fire"), drone("d2", "launch-west"), drone("d3", "launch-fire"));
        assertThat(dispatcher.plan(FUGOU, NOW, queue, fleet)).isEqualTo(AssignFixtures.dispatcher().plan(FUGOU, NOW, queue, fleet));
    }
}
