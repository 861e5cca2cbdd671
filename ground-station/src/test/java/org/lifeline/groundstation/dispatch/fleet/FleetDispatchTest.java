package org.lifeline.groundstation.dispatch.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.EventType;
import org.lifeline.fleet.FleetEvent;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.testing.MutableClock;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Lifecycle;
import org.lifeline.groundstation.dispatch.state.Transition;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.Outcome;
import org.lifeline.groundstation.dispatch.store.WaveClaim;

class FleetDispatchTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(DispatchFixtures.T0);
    private DeliveryStore store;
    private FleetDispatch fleet;
    private long sequence;
    private String a;
    private String b;

    @BeforeEach
    void uploadedSortieOfTwoParcels() {
        store = DeliveryStore.openSqlite(dir, clock);
        fleet = new FleetDispatch(store);
        a = store.add(DispatchFixtures.request(1), DeliveryStore.DEFAULT_DUPLICATE_WINDOW).delivery().id();
        b = store.add(DispatchFixtures.request(2), DeliveryStore.DEFAULT_DUPLICATE_WINDOW).delivery().id();
        WaveClaim claim = store.claimQueued("d", 2, Duration.ofMinutes(5));
        assertThat(store.recordSortie(claim, "S-1", "drone-1", List.of(a, b), "wave 1").ok()).isTrue();
        for (String p : List.of(a, b)) {
            store.transition(p, DeliveryState.PLANNED, "planned");
            store.transition(p, DeliveryState.UPLOADED, "uploaded");
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void event(EventType type, String parcel, String message) {
        sequence++;
        clock.advance(Duration.ofSeconds(30));
        fleet.accept(new FleetEvent("drone-1-" + sequence, "drone-1", sequence, clock.millis(), type, Optional.ofNullable(parcel), message));
    }

    private DeliveryState state(String id) {
        return store.find(id).orElseThrow().state();
    }

    @Test
    void takeOffAndReleaseMoveTheParcelsAlongWithTheAgentsWords() {
        event(EventType.TOOK_OFF, null, "");
        assertThat(state(a)).isEqualTo(DeliveryState.IN_FLIGHT);
        assertThat(state(b)).isEqualTo(DeliveryState.IN_FLIGHT);
        event(EventType.RELEASED, a, "released (mission drop) at item 4");
        assertThat(state(a)).isEqualTo(DeliveryState.RELEASED);
        assertThat(store.find(a).orElseThrow().reason()).isEqualTo("drone-1 released it: released (mission drop) at item 4");
        event(EventType.RELEASED, a, "the same event again after a restart");
        assertThat(store.history(a)).filteredOn(t -> t.to() == DeliveryState.RELEASED).hasSize(1);
    }

    @Test
    void aReleaseHeardWithoutTheTakeOffStillPassesThroughInFlight() {
        event(EventType.RELEASED, b, "released");
        assertThat(store.history(b)).extracting(Transition::to).endsWith(DeliveryState.IN_FLIGHT, DeliveryState.RELEASED);
    }

    @Test
    void aLandingWithAParcelOnBoardPutsItBackInTheQueueAndClosesTheSortie() {
        event(EventType.TOOK_OFF, null, "");
        event(EventType.RELEASED, a, "released");
        event(EventType.DROP_REFUSED, b, "not over the drop zone: 14.2 m from dp-jianshe-b3");
        assertThat(state(b)).isEqualTo(DeliveryState.RETURNED);
        assertThat(store.find(b).orElseThrow().reason()).contains("refused the release").contains("14.2 m");
        event(EventType.LANDED, null, "landed at 34.0655,114.401");
        assertThat(state(a)).isEqualTo(DeliveryState.RELEASED);
        assertThat(state(b)).isEqualTo(DeliveryState.REQUESTED);
        assertThat(store.find(b).orElseThrow().sortieId()).isEmpty();
        assertThat(store.find(b).orElseThrow().reason()).isEqualTo("back in the queue: sortie S-1 landed with the parcel");
        assertThat(store.openSortie("drone-1")).isEmpty();
        assertThat(Lifecycle.replay(store.history(b))).contains(DeliveryState.REQUESTED);
    }

    @Test
    void aLandingWithoutAnyRefusalReturnsEveryParcelStillOnBoard() {
        event(EventType.TOOK_OFF, null, "");
        event(EventType.LANDED, null, "landed early: low battery");
        assertThat(store.history(a)).extracting(Transition::to).endsWith(DeliveryState.IN_FLIGHT, DeliveryState.RETURNED, DeliveryState.REQUESTED);
        assertThat(state(b)).isEqualTo(DeliveryState.REQUESTED);
    }

    @Test
    void aLandingBeforeTheSortieTookOffChangesNothing() {
        event(EventType.LANDED, null, "landed from the test hop");
        assertThat(state(a)).isEqualTo(DeliveryState.UPLOADED);
        assertThat(store.openSortie("drone-1")).isPresent();
    }

    @Test
    void aDroneLostBeforeTakeOffPutsItsSortieBackInTheQueue() {
        List<String> back = fleet.droneOffline("drone-1", "offline for 2 min", clock.instant());
        assertThat(back).containsExactly(a, b);
        assertThat(store.find(a).orElseThrow().state()).isEqualTo(DeliveryState.REQUESTED);
        assertThat(store.history(a)).extracting(Transition::reason).contains("drone-1 cannot fly sortie S-1: offline for 2 min");
        assertThat(store.openSortie("drone-1")).isEmpty();
    }

    @Test
    void anOfflineStatusReturnsTheSortieDatedByTheLastWillsReceiptOrTheAgentsOwnShutdown() {
        FleetDispatch timed = new FleetDispatch(store, note -> { }, clock);
        assertThat(timed.status(new DroneStatus("drone-1", DroneStatus.State.ONLINE, clock.millis(), "1"))).isEmpty();
        assertThat(state(a)).isEqualTo(DeliveryState.UPLOADED);

        clock.advance(Duration.ofMinutes(3));
        assertThat(timed.status(new DroneStatus("drone-1", DroneStatus.State.OFFLINE, 0, "1"))).containsExactly(a, b);
        assertThat(store.history(a)).last().satisfies(t -> {
            assertThat(t.to()).isEqualTo(DeliveryState.REQUESTED);
            assertThat(t.at()).isEqualTo(clock.instant());
        });
        assertThat(store.history(a)).extracting(Transition::reason)
                .contains("drone-1 cannot fly sortie S-1: its agent went offline (the broker lost its connection: last will)");

        WaveClaim again = store.claimQueued("d", 2, Duration.ofMinutes(5));
        assertThat(store.recordSortie(again, "S-2", "drone-1", List.of(a), "wave 2").ok()).isTrue();
        Instant shutdown = clock.instant().minusSeconds(20);
        assertThat(timed.status(new DroneStatus("drone-1", DroneStatus.State.OFFLINE, shutdown.toEpochMilli(), "1")))
                .containsExactly(a);
        assertThat(store.history(a)).last().extracting(Transition::at).isEqualTo(shutdown);
        assertThat(store.history(a)).extracting(Transition::reason)
                .contains("drone-1 cannot fly sortie S-2: its agent went offline (it shut down)");
        // repeated (a retained status heard again): nothing left to return
        assertThat(timed.status(new DroneStatus("drone-1", DroneStatus.State.OFFLINE, 0, "1"))).isEmpty();
    }

    @Test
    void aDroneLostInTheAirLeavesItsParcelsToTheLanding() {
        event(EventType.TOOK_OFF, null, "");
        assertThat(fleet.droneOffline("drone-1", "link lost", clock.instant())).isEmpty();
        assertThat(state(a)).isEqualTo(DeliveryState.IN_FLIGHT);
    }

    @Test
    void aParcelMovedToAnotherSortieIsNoLongerTheFirstSortiesBusiness() {
        assertThat(store.requeue(b, "displaced by urgent medicine").kind()).isEqualTo(Outcome.Kind.DONE);
        assertThat(store.history(b)).extracting(Transition::reason).endsWith("displaced by urgent medicine",
                "back in the queue: displaced by urgent medicine");
        WaveClaim claim = store.claimQueued("d", 5, Duration.ofMinutes(5));
        assertThat(store.recordSortie(claim, "S-2", "drone-2", List.of(b), "wave 2").ok()).isTrue();
        store.transition(b, DeliveryState.PLANNED, "planned");
        store.transition(b, DeliveryState.UPLOADED, "uploaded");
        fleet.accept(new FleetEvent("drone-2-1", "drone-2", 1, clock.millis(), EventType.TOOK_OFF, Optional.empty(), ""));
        event(EventType.TOOK_OFF, null, "");
        event(EventType.LANDED, null, "landed");
        assertThat(state(a)).isEqualTo(DeliveryState.REQUESTED);
        assertThat(state(b)).as("flying on drone-2").isEqualTo(DeliveryState.IN_FLIGHT);
        assertThat(store.find(b).orElseThrow().sortieId()).contains("S-2");
        assertThat(store.requeue(b, "try").message()).contains("IN_FLIGHT: the parcel is not back on the ground");
        assertThat(store.requeue(a, "twice").kind()).isEqualTo(Outcome.Kind.REFUSED);
    }

    @Test
    void aStuckParcelReturnsAndEventsAboutUnknownParcelsChangeNothing() {
        event(EventType.TOOK_OFF, null, "");
        event(EventType.RELEASED, a, "released");
        event(EventType.PARCEL_STUCK, a, "the parcel sensor still sees the parcel after the release");
        assertThat(state(a)).isEqualTo(DeliveryState.RETURNED);
        event(EventType.RELEASED, "P-UNKNOWN0", "released");
        event(EventType.RELEASED, null, "no parcel named");
        assertThat(store.counts()).containsEntry(DeliveryState.RETURNED, 1).containsEntry(DeliveryState.IN_FLIGHT, 1);
    }

    @Test
    void aParcelReleasedAndNotConfirmedInTimeRaisesOneAlertUntilConfirmed() {
        UnconfirmedAlerts alerts = new UnconfirmedAlerts(store, Duration.ofMinutes(20), clock);
        event(EventType.TOOK_OFF, null, "");
        event(EventType.RELEASED, a, "released");
        clock.advance(Duration.ofMinutes(19));
        assertThat(alerts.check()).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        assertThat(alerts.check()).singleElement().satisfies(al -> {
            assertThat(al.parcelId()).isEqualTo(a);
            assertThat(al.describe()).isEqualTo("parcel " + a + " for Bldg 1 #1 released at Jianshe Rd building 3 21 min ago is not confirmed");
        });
        assertThat(alerts.check()).hasSize(1);
        store.confirm(a, clock.instant());
        assertThat(alerts.check()).isEmpty();
    }
}
