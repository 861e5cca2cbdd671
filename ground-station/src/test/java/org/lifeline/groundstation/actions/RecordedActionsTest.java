package org.lifeline.groundstation.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.dispatch.store.ActionEntry;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.WaveClaim;
import org.lifeline.groundstation.testing.MutableClock;

/** Actions are checked, logged before they are sent, logged with their result, and one drone does one at a time. */
class RecordedActionsTest {

    private final MutableClock clock = new MutableClock(DispatchFixtures.T0);
    private final DeliveryStore store = DeliveryStore.open("jdbc:sqlite::memory:", new Properties(), clock);

    @AfterEach
    void close() {
        store.close();
    }

    private String sortie(String drone) {
        String id = store.add(DispatchFixtures.request(1), DeliveryStore.DEFAULT_DUPLICATE_WINDOW).delivery().id();
        WaveClaim claim = store.claimQueued("desk", 5, Duration.ofMinutes(1));
        store.recordSortie(claim, "S-1", drone, List.of(id), "wave");
        store.releaseClaim(claim);
        return "S-1";
    }

    @Test
    void theActionIsLoggedBeforeItIsSentAndItsResultAfter() {
        List<List<ActionEntry>> seenWhileSending = new java.util.ArrayList<>();
        RecordedActions actions = new RecordedActions(r -> {
            seenWhileSending.add(store.actions().recent(10));
            return ActionResult.failed("return to launch refused by the vehicle: DENIED");
        }, store);
        RecordedActions.Outcome o = actions.perform("wang.li", new ActionRequest(DroneAction.RTL, "drone-1", Optional.empty()));
        assertThat(o.refused()).isFalse();
        assertThat(seenWhileSending).singleElement().satisfies(l -> assertThat(l).singleElement()
                .extracting(ActionEntry::outcome).isEqualTo(ActionEntry.ASKED));
        assertThat(store.actions().recent(10)).extracting(ActionEntry::outcome).containsExactly(ActionEntry.ASKED, ActionEntry.FAILED);
        assertThat(o.logged().orElseThrow().detail()).contains("DENIED");
    }

    @Test
    void aSortieActionMustNameAnOpenSortieOfThatDroneOrNothingIsSentOrLogged() {
        String s = sortie("drone-1");
        RecordedActions actions = new RecordedActions(r -> {
            throw new AssertionError("nothing may be sent");
        }, store);
        assertThat(actions.perform("wang.li", new ActionRequest(DroneAction.UPLOAD, "drone-2", Optional.of(s))).refusal())
                .hasValue("sortie S-1 is for drone-1, not drone-2");
        assertThat(actions.perform("wang.li", new ActionRequest(DroneAction.START, "drone-1", Optional.of("S-9"))).refusal())
                .hasValue("no sortie S-9");
        assertThat(actions.perform("wang.li", new ActionRequest(DroneAction.START, "drone-1", Optional.empty())).refusal())
                .hasValueSatisfying(m -> assertThat(m).contains("expected a sortie id"));
        assertThat(actions.perform("wang.li", new ActionRequest(DroneAction.LAND, "drone-1", Optional.of(s))).refusal())
                .hasValueSatisfying(m -> assertThat(m).contains("expected no sortie"));
        store.closeSortie(s, clock.instant());
        assertThat(actions.perform("wang.li", new ActionRequest(DroneAction.START, "drone-1", Optional.of(s))).refusal())
                .hasValueSatisfying(m -> assertThat(m).contains("has landed already"));
        assertThat(store.actions().recent(10)).isEmpty();
    }

    @Test
    void aSecondActionForABusyDroneIsRefusedSayingWhichOneRunsAndWhoAskedIt() throws Exception {
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RecordedActions actions = new RecordedActions(r -> {
            if (r.action() == DroneAction.PAUSE) {
                sending.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return ActionResult.succeeded(r.describe() + ": accepted", List.of());
        }, store);
        CompletableFuture<RecordedActions.Outcome> first = CompletableFuture.supplyAsync(() ->
                actions.perform("wang.li", new ActionRequest(DroneAction.PAUSE, "drone-1", Optional.empty())));
        assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();
        RecordedActions.Outcome second = actions.perform("li.na", new ActionRequest(DroneAction.LAND, "drone-1", Optional.empty()));
        RecordedActions.Outcome other = actions.perform("li.na", new ActionRequest(DroneAction.LAND, "drone-2", Optional.empty()));
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).result().orElseThrow().success()).isTrue();
        assertThat(second.result().orElseThrow().success()).isFalse();
        assertThat(second.logged().orElseThrow().detail()).contains("drone-1 is busy with pause drone-1", "asked by wang.li", "nothing sent");
        assertThat(other.result().orElseThrow().success()).as("another drone is not held up").isTrue();
    }

    @Test
    void anUnexpectedErrorIsLoggedAsAFailureNotLost() {
        RecordedActions actions = new RecordedActions(r -> {
            throw new IllegalStateException("link closed");
        }, store);
        RecordedActions.Outcome o = actions.perform("wang.li", new ActionRequest(DroneAction.LAND, "drone-1", Optional.empty()));
        assertThat(o.result().orElseThrow().message()).isEqualTo("land drone-1 where it is failed: link closed");
        assertThat(store.actions().recent(10)).extracting(ActionEntry::outcome).containsExactly(ActionEntry.ASKED, ActionEntry.FAILED);
    }
}
