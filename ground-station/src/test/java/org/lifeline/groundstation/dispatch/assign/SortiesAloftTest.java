package org.lifeline.groundstation.dispatch.assign;

import org.lifeline.groundstation.dispatch.request.Priority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lifeline.groundstation.dispatch.assign.AssignFixtures.parcel;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A drone that goes offline or lands with parcels gives their requests back to the queue. */
class SortiesAloftTest {

    private static final QueuedParcel A = parcel("a", "dp-railway", 500, Priority.FOOD);
    private static final QueuedParcel B = parcel("b", "dp-riverside", 500, Priority.URGENT_MEDICINE);
    private static final Sortie SORTIE = new Sortie("d1", "launch-west", List.of(A, B), 3_000, 400, 120);

    @Test
    void aDroneThatLandsWithOneParcelStillAboardGivesBackOnlyThatOne() {
        SortiesAloft aloft = SortiesAloft.NONE.launched(SORTIE).released("d1", "a");
        SortiesAloft.Change c = aloft.landed("d1");

        assertThat(c.requeued()).extracting(SortiesAloft.Requeued::parcel).containsExactly(B);
        assertThat(c.requeued().get(0).reason()).isEqualTo("returned: d1 landed with the parcel still on board");
        assertThat(c.next().drones()).isEmpty();
    }

    @Test
    void aDroneThatGoesOfflineGivesBackEveryParcelNotKnownReleasedWithItsOriginalRequestTime() {
        SortiesAloft.Change c = SortiesAloft.NONE.launched(SORTIE).offline("d1");

        assertThat(c.requeued()).extracting(SortiesAloft.Requeued::parcel).containsExactly(A, B);
        assertThat(c.requeued().get(1).parcel().requestedAt()).isEqualTo(B.requestedAt());
        assertThat(c.requeued()).allSatisfy(r -> assertThat(r.reason()).contains("went offline"));
    }

    @Test
    void aDroneThatReleasedEverythingGivesNothingBackAndUnknownDronesChangeNothing() {
        SortiesAloft aloft = SortiesAloft.NONE.launched(SORTIE).released("d1", "a").released("d1", "b")
                .released("d9", "a").released("d1", "not-aboard");
        assertThat(aloft.landed("d1").requeued()).isEmpty();
        assertThat(aloft.offline("d9").next()).isEqualTo(aloft);
    }

    @Test
    void aDroneFliesOneSortieAtATime() {
        SortiesAloft aloft = SortiesAloft.NONE.launched(SORTIE);
        assertThat(aloft.drones()).containsExactly("d1");
        assertThatThrownBy(() -> aloft.launched(SORTIE)).hasMessage("drone d1 is already flying a sortie");
    }

    @Test
    void aReturnedParcelGoesIntoTheNextWave() {
        SortiesAloft.Change c = SortiesAloft.NONE.launched(SORTIE).offline("d1");
        List<QueuedParcel> queue = c.requeued().stream().map(SortiesAloft.Requeued::parcel).toList();
        List<FleetDrone> fleet = FleetBusDrones.of(List.of(new RegisteredDrone("d1", AssignFixtures.quad(), "launch-west")),
                id -> java.util.Optional.empty(), c.next().drones());
        fleet = List.of(fleet.get(0), AssignFixtures.drone("d2", "launch-fire"));
        Wave wave = AssignFixtures.dispatcher().plan(AssignFixtures.fugou(), AssignFixtures.NOW, queue, fleet);

        assertThat(wave.sorties()).extracting(Sortie::droneId).containsExactly("d2");
        assertThat(wave.explain("d1").orElseThrow().text()).startsWith("offline");
        assertThat(wave.sorties().get(0).parcels()).containsExactlyInAnyOrder(A, B);
    }
}
