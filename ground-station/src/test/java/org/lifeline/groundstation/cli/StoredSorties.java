package org.lifeline.groundstation.cli;

import java.time.Duration;
import java.util.List;

import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.groundstation.dispatch.store.DeliveryStore;
import org.lifeline.groundstation.dispatch.store.WaveClaim;

/** Puts deliveries in a store along the state machine, as the desk and the fleet bus would. */
final class StoredSorties {

    private StoredSorties() {
    }

    /** Adds {@code count} requests and records them as one sortie of {@code droneId}, PLANNED; returns their ids. */
    static List<String> planned(DeliveryStore store, String sortieId, String droneId, int count) {
        for (int i = 0; i < count; i++) {
            store.add(DispatchFixtures.request(i + 1), DeliveryStore.DEFAULT_DUPLICATE_WINDOW);
        }
        WaveClaim claim = store.claimQueued("test", count, Duration.ofMinutes(1));
        List<String> ids = claim.requests().stream().map(d -> d.id()).toList();
        if (!store.recordSortie(claim, sortieId, droneId, ids, "test wave").ok()) {
            throw new AssertionError("sortie not recorded");
        }
        ids.forEach(id -> move(store, id, DeliveryState.PLANNED));
        store.releaseClaim(claim);
        return ids;
    }

    /** PLANNED → UPLOADED → IN_FLIGHT → RELEASED. */
    static void release(DeliveryStore store, String id) {
        move(store, id, DeliveryState.UPLOADED);
        move(store, id, DeliveryState.IN_FLIGHT);
        move(store, id, DeliveryState.RELEASED);
    }

    private static void move(DeliveryStore store, String id, DeliveryState to) {
        if (!store.transition(id, to, "test: " + to).ok()) {
            throw new AssertionError(id + " did not move to " + to);
        }
    }
}
