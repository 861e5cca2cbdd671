package org.lifeline.groundstation.dispatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.testing.MutableClock;
import org.lifeline.groundstation.dispatch.request.DispatchRequest;
import org.lifeline.groundstation.dispatch.request.Priority;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.state.Lifecycle;
import org.lifeline.groundstation.dispatch.state.Transition;

/**
 * What every database under the store must do. Run on SQLite ({@link SqliteDeliveryStoreTest})
 * and on a real PostgreSQL ({@link PostgresDeliveryStoreTest}).
 */
abstract class DeliveryStoreContract {

    protected final MutableClock clock = new MutableClock(DispatchFixtures.T0);
    protected DeliveryStore store;

    /** A store on a fresh, empty database; {@link #secondStore} opens another connection to it. */
    protected abstract DeliveryStore openFresh(MutableClock clock) throws Exception;

    protected abstract DeliveryStore secondStore(MutableClock clock) throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openFresh(clock);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private String add(int i) {
        return store.add(DispatchFixtures.request(i), DeliveryStore.DEFAULT_DUPLICATE_WINDOW).delivery().id();
    }

    @Test
    void aNewRequestIsQueuedWithItsFirstHistoryEntry() {
        String id = add(1);
        Delivery d = store.find(id).orElseThrow();
        assertThat(d.state()).isEqualTo(DeliveryState.REQUESTED);
        assertThat(d.requestedAt()).isEqualTo(DispatchFixtures.T0);
        assertThat(d.request()).isEqualTo(DispatchFixtures.request(1));
        assertThat(store.history(id)).singleElement().satisfies(t -> {
            assertThat(t.from()).isNull();
            assertThat(t.to()).isEqualTo(DeliveryState.REQUESTED);
            assertThat(t.reason()).isEqualTo("requested by hotline");
        });
        assertThat(store.schemaVersion()).isEqualTo(Migrations.latest(store.dialect()));
    }

    @Test
    void theSameImportKeyIsStoredOnlyOnce() {
        DispatchRequest q = withKey(DispatchFixtures.request(2), "ref:FG-1");
        Added first = store.add(q, DeliveryStore.DEFAULT_DUPLICATE_WINDOW);
        Added again = store.add(q, DeliveryStore.DEFAULT_DUPLICATE_WINDOW);
        assertThat(first.alreadyStored()).isFalse();
        assertThat(again.alreadyStored()).isTrue();
        assertThat(again.delivery().id()).isEqualTo(first.delivery().id());
        assertThat(store.list(List.of(), 100)).hasSize(1);
    }

    @Test
    void sameRecipientAndItemsWithinTheWindowAreFlaggedButBothKept() {
        String first = add(3);
        clock.advance(Duration.ofHours(2));
        Added second = store.add(DispatchFixtures.request(3), Duration.ofHours(6));
        assertThat(second.duplicateOf()).contains(first);
        assertThat(store.find(second.delivery().id()).orElseThrow().duplicateOf()).contains(first);
        clock.advance(Duration.ofHours(7));
        Added third = store.add(DispatchFixtures.request(3), Duration.ofHours(6));
        assertThat(third.duplicateOf()).as("outside the window").isEmpty();
        assertThat(store.list(List.of(DeliveryState.REQUESTED), 100)).hasSize(3);
    }

    @Test
    void aTransitionTheStateMachineForbidsChangesNothingAndSaysWhy() {
        String id = add(4);
        Outcome o = store.transition(id, DeliveryState.RELEASED, "skipping ahead");
        assertThat(o.kind()).isEqualTo(Outcome.Kind.REFUSED);
        assertThat(o.message()).contains("REQUESTED cannot become RELEASED");
        assertThat(store.find(id).orElseThrow().state()).isEqualTo(DeliveryState.REQUESTED);
        assertThat(store.history(id)).hasSize(1);
        assertThat(store.transition("P-NOSUCH00", DeliveryState.CANCELLED, "x").kind()).isEqualTo(Outcome.Kind.UNKNOWN);
    }

    @Test
    void theHistoryOfAWholeDeliveryReplaysToItsState() {
        String id = deliveredToReleased();
        assertThat(store.confirm(id, clock.instant()).kind()).isEqualTo(Outcome.Kind.DONE);
        List<Transition> h = store.history(id);
        assertThat(h).extracting(Transition::to).containsExactly(DeliveryState.REQUESTED, DeliveryState.ASSIGNED,
                DeliveryState.PLANNED, DeliveryState.UPLOADED, DeliveryState.IN_FLIGHT, DeliveryState.RELEASED, DeliveryState.CONFIRMED);
        assertThat(Lifecycle.replay(h)).contains(store.find(id).orElseThrow().state());
        assertThat(h).allSatisfy(t -> assertThat(t.reason()).isNotBlank());
    }

    private String deliveredToReleased() {
        String id = add(5);
        WaveClaim claim = store.claimQueued("d1", 10, Duration.ofMinutes(1));
        assertThat(store.recordSortie(claim, "S-1", "drone-1", List.of(id), "wave 1: drone-1 carries it").ok()).isTrue();
        for (DeliveryState s : List.of(DeliveryState.PLANNED, DeliveryState.UPLOADED, DeliveryState.IN_FLIGHT, DeliveryState.RELEASED)) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(store.transition(id, s, "step to " + s).kind()).isEqualTo(Outcome.Kind.DONE);
        }
        return id;
    }

    @Test
    void confirmingTwiceSaysSoAndConfirmingTooEarlyIsRefused() {
        String early = add(6);
        Outcome tooEarly = store.confirm(early, clock.instant());
        assertThat(tooEarly.kind()).isEqualTo(Outcome.Kind.REFUSED);
        assertThat(tooEarly.message()).contains("REQUESTED, not released yet");
        String id = deliveredToReleased();
        assertThat(store.confirm(id, clock.instant()).kind()).isEqualTo(Outcome.Kind.DONE);
        Outcome again = store.confirm(id, clock.instant().plusSeconds(5));
        assertThat(again.kind()).isEqualTo(Outcome.Kind.ALREADY);
        assertThat(again.ok()).isTrue();
        assertThat(store.history(id)).filteredOn(t -> t.to() == DeliveryState.CONFIRMED).hasSize(1);
        assertThat(store.confirm("P-UNKNOWN0", clock.instant()).kind()).isEqualTo(Outcome.Kind.UNKNOWN);
    }

    @Test
    void theParcelViewNamesTheDropAndRecipientButNoPhone() {
        String id = deliveredToReleased();
        ParcelView v = store.parcel(id).orElseThrow();
        assertThat(v.dropPointId()).contains("dp-jianshe-b3");
        assertThat(v.dropName()).isEqualTo("Jianshe Rd building 3");
        assertThat(v.recipientLabel()).isEqualTo("Bldg 5 #1");
        assertThat(v.state()).isEqualTo(DeliveryState.RELEASED);
        assertThat(v.sortieId()).contains("S-1");
        assertThat(v.toString()).doesNotContain("13800000");
    }

    @Test
    void aClaimHandsOutTheMostUrgentFirstAndTwoClaimsNeverOverlap() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(1));
            ids.add(store.add(DispatchFixtures.request(100 + i, i == 7 ? Priority.URGENT_MEDICINE : Priority.FOOD),
                    DeliveryStore.DEFAULT_DUPLICATE_WINDOW).delivery().id());
        }
        WaveClaim a = store.claimQueued("a", 4, Duration.ofMinutes(5));
        assertThat(a.requests().get(0).id()).isEqualTo(ids.get(7));
        try (DeliveryStore other = secondStore(clock)) {
            WaveClaim b = other.claimQueued("b", 10, Duration.ofMinutes(5));
            Set<String> overlap = new HashSet<>(a.requests().stream().map(Delivery::id).toList());
            overlap.retainAll(b.requests().stream().map(Delivery::id).toList());
            assertThat(overlap).isEmpty();
            assertThat(a.requests().size() + b.requests().size()).isEqualTo(10);
        }
    }

    @Test
    void aSortieTakesOnlyRequestsItsClaimHoldsAndNeverTwice() {
        String x = add(7);
        String y = add(8);
        WaveClaim claim = store.claimQueued("d1", 1, Duration.ofMinutes(5));
        String held = claim.requests().get(0).id();
        String notHeld = held.equals(x) ? y : x;
        SortieResult refused = store.recordSortie(claim, "S-2", "drone-2", List.of(held, notHeld), "wave");
        assertThat(refused.refusal()).hasValueSatisfying(r -> assertThat(r).contains(notHeld).contains("not held"));
        assertThat(store.sortie("S-2")).isEmpty();
        assertThat(store.find(held).orElseThrow().state()).as("all or nothing").isEqualTo(DeliveryState.REQUESTED);
        assertThat(store.recordSortie(claim, "S-2", "drone-2", List.of(held), "wave").ok()).isTrue();
        SortieResult twice = store.recordSortie(claim, "S-3", "drone-3", List.of(held), "wave");
        assertThat(twice.refusal()).hasValueSatisfying(r -> assertThat(r).contains("ASSIGNED, not queued"));
        assertThat(store.sortie("S-2").orElseThrow().parcelIds()).containsExactly(held);
        assertThat(store.openSortie("drone-2").map(SortieRecord::id)).contains("S-2");
        store.closeSortie("S-2", clock.instant());
        assertThat(store.openSortie("drone-2")).isEmpty();
    }

    @Test
    void aReleasedClaimAndALapsedOneLetOthersTakeTheRequests() {
        add(9);
        add(10);
        WaveClaim first = store.claimQueued("d1", 10, Duration.ofMinutes(5));
        assertThat(first.requests()).hasSize(2);
        assertThat(store.claimQueued("d2", 10, Duration.ofMinutes(5)).requests()).isEmpty();
        store.releaseClaim(first);
        WaveClaim second = store.claimQueued("d2", 10, Duration.ofMinutes(5));
        assertThat(second.requests()).hasSize(2);
        clock.advance(Duration.ofMinutes(6));
        WaveClaim third = store.claimQueued("d3", 10, Duration.ofMinutes(5));
        assertThat(third.requests()).as("the lapsed claim").hasSize(2);
        assertThat(store.recordSortie(second, "S-4", "drone-4", List.of(second.requests().get(0).id()), "late").ok()).isFalse();
    }

    @Test
    void aReturnedRequestGoesBackToTheQueueWithItsReasons() {
        String id = deliveredToReleased();
        assertThat(store.transition(id, DeliveryState.RETURNED, "parcel stuck").kind()).isEqualTo(Outcome.Kind.DONE);
        assertThat(store.transition(id, DeliveryState.REQUESTED, "back in the queue").kind()).isEqualTo(Outcome.Kind.DONE);
        Delivery d = store.find(id).orElseThrow();
        assertThat(d.sortieId()).isEmpty();
        assertThat(d.reason()).isEqualTo("back in the queue");
        assertThat(store.claimQueued("d", 5, Duration.ofMinutes(1)).requests()).extracting(Delivery::id).containsExactly(id);
        assertThat(store.counts()).containsEntry(DeliveryState.REQUESTED, 1);
    }

    @Test
    void releasedParcelsNotConfirmedAreFoundByTheirReleaseTime() {
        String id = deliveredToReleased();
        Instant releasedAt = store.find(id).orElseThrow().stateSince();
        assertThat(store.releasedUnconfirmed(releasedAt.minusSeconds(1))).isEmpty();
        assertThat(store.releasedUnconfirmed(releasedAt)).extracting(Delivery::id).containsExactly(id);
    }

    @Test
    void reopeningTheDatabaseAppliesNoMigrationTwice() throws Exception {
        add(11);
        try (DeliveryStore again = secondStore(clock)) {
            assertThat(again.schemaVersion()).isEqualTo(Migrations.latest(store.dialect()));
            assertThat(again.list(List.of(), 10)).hasSize(1);
            int rows = again.inTransaction("count", c -> {
                try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                    r.next();
                    return r.getInt(1);
                }
            });
            assertThat(rows).isEqualTo(Migrations.latest(store.dialect()));
        }
    }

    @Test
    void theDatabaseRefusesToRewriteOrDeleteHistory() {
        String id = add(12);
        for (String sql : List.of("UPDATE delivery_transition SET reason = 'nothing happened' WHERE delivery_id = '" + id + "'",
                "DELETE FROM delivery_transition WHERE delivery_id = '" + id + "'")) {
            assertThatThrownBy(() -> store.inTransaction("tamper", c -> {
                try (var s = c.createStatement()) {
                    return s.executeUpdate(sql);
                }
            })).isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        }
        assertThat(store.history(id)).singleElement().extracting(Transition::reason).isEqualTo("requested by hotline");
    }

    @Test
    void theActionLogKeepsWhoAskedWhatAndHowItEndedInOrderAcrossConnections() throws Exception {
        ActionLog log = store.actions();
        ActionEntry asked = log.asked("wang.li", "upload", "drone-1", Optional.of("S-1"), "upload sortie S-1 to drone-1");
        ActionEntry rtl = log.asked("li.na", "rtl", "drone-2", Optional.empty(), "return drone-2 to launch");
        log.result(rtl, false, "return to launch got no answer from the vehicle (6 sends)");
        clock.advance(Duration.ofSeconds(3));
        log.result(asked, true, "mission uploaded and verified: 14 items");
        try (DeliveryStore again = secondStore(clock)) {
            List<ActionEntry> entries = again.actions().recent(10);
            assertThat(entries).extracting(ActionEntry::actionId, ActionEntry::step, ActionEntry::outcome).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(asked.actionId(), 1, ActionEntry.ASKED),
                    org.assertj.core.groups.Tuple.tuple(rtl.actionId(), 1, ActionEntry.ASKED),
                    org.assertj.core.groups.Tuple.tuple(rtl.actionId(), 2, ActionEntry.FAILED),
                    org.assertj.core.groups.Tuple.tuple(asked.actionId(), 2, ActionEntry.SUCCEEDED));
            assertThat(entries.get(3)).satisfies(e -> {
                assertThat(e.operator()).isEqualTo("wang.li");
                assertThat(e.sortieId()).hasValue("S-1");
                assertThat(e.at()).isEqualTo(DispatchFixtures.T0.plusSeconds(3));
            });
            assertThat(entries.get(2).sortieId()).isEmpty();
            assertThat(again.actions().recent(2)).extracting(ActionEntry::step).containsExactly(2, 2);
        }
    }

    @Test
    void theDatabaseRefusesToRewriteOrDeleteTheActionLog() {
        ActionEntry asked = store.actions().asked("wang.li", "land", "drone-1", Optional.empty(), "land drone-1 where it is");
        for (String sql : List.of("UPDATE operator_action SET operator = 'nobody'", "DELETE FROM operator_action")) {
            assertThatThrownBy(() -> store.inTransaction("tamper", c -> {
                try (var s = c.createStatement()) {
                    return s.executeUpdate(sql);
                }
            })).isInstanceOf(StoreException.class).hasMessageContaining("append-only");
        }
        assertThat(store.actions().recent(5)).singleElement().extracting(ActionEntry::operator).isEqualTo(asked.operator());
    }

    @Test
    void aDatabaseFromANewerProgramIsRefusedWithTheReason() throws Exception {
        store.inTransaction("pretend a newer program migrated", c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate("INSERT INTO schema_version (version, description, applied_ms) VALUES (99, 'future', 0)");
            }
        });
        assertThatThrownBy(() -> secondStore(clock).close()).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema is version 99 but this program knows only up to " + Migrations.latest(store.dialect()));
    }

    static DispatchRequest withKey(DispatchRequest q, String key) {
        return new DispatchRequest(q.requester(), q.recipient(), q.drop(), q.items(), q.weightGrams(), q.priority(), q.deadline(),
                Optional.of(key));
    }
}
