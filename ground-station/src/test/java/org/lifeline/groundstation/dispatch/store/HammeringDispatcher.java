package org.lifeline.groundstation.dispatch.store;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.lifeline.groundstation.dispatch.state.DeliveryState;

/**
 * A dispatcher that claims queued requests and records sorties of two parcels as fast as it
 * can until the queue is empty: the work of {@link ConcurrentDispatchersTest}, in a thread or
 * as a process of its own. Arguments: JDBC URL, user (or "-"), dispatcher name, lease in ms.
 * As a process it prints {@code READY} once its store is open, starts when a line arrives on
 * standard input, and prints {@code TALLY sorties refused} at the end.
 */
public final class HammeringDispatcher {

    private HammeringDispatcher() {
    }

    record Tally(int sorties, int refused) {
    }

    public static void main(String[] args) throws java.io.IOException {
        Properties p = new Properties();
        if (!args[1].equals("-")) {
            p.setProperty("user", args[1]);
        }
        DeliveryStore store = DeliveryStore.open(args[0], p, Clock.systemUTC());
        System.out.println("READY");
        System.out.flush();
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)).readLine();
        Tally t = run(store, args[2], Duration.ofMillis(Long.parseLong(args[3])));
        System.out.println("TALLY " + t.sorties() + " " + t.refused());
    }

    static Tally run(DeliveryStore store, String name, Duration lease) {
        int sorties = 0;
        int refused = 0;
        try (store) {
            for (int round = 0; round < 10_000; round++) {
                WaveClaim claim = store.claimQueued(name, 6, lease);
                if (claim.requests().isEmpty()) {
                    if (store.counts().getOrDefault(DeliveryState.REQUESTED, 0) == 0) {
                        break;
                    }
                    Thread.onSpinWait();
                    continue;
                }
                List<String> ids = claim.requests().stream().map(Delivery::id).toList();
                for (int i = 0; i < ids.size(); i += 2) {
                    SortieResult r = store.recordSortie(claim, name + "-" + round + "-" + i, name,
                            ids.subList(i, Math.min(ids.size(), i + 2)), "wave " + round + " of " + name);
                    if (r.ok()) {
                        sorties++;
                    } else {
                        refused++;
                    }
                }
                store.releaseClaim(claim);
            }
        }
        return new Tally(sorties, refused);
    }
}
