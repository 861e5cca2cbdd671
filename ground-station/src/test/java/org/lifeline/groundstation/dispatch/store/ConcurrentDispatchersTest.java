package org.lifeline.groundstation.dispatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.groundstation.dispatch.DispatchFixtures;
import org.lifeline.groundstation.dispatch.request.DispatchRequest;
import org.lifeline.groundstation.dispatch.state.DeliveryState;
import org.lifeline.support.PostgresProcess;

/**
 * Dispatchers on one database, each with its own connection, claiming and assigning the
 * same queue as fast as they can: no request is ever assigned twice. With a lease of zero
 * every claim lapses at once, so dispatchers keep taking each other's claimed requests and
 * only the store's checks stand between them and a double assignment.
 */
class ConcurrentDispatchersTest {

    private static final int REQUESTS = 200;
    private static final int DISPATCHERS = 4;

    @TempDir
    Path dir;

    record Tally(int sorties, int refused) {
    }

    @Test
    void dispatchersOnPostgresqlNeverAssignARequestTwice() throws Exception {
        try (PostgresProcess pg = PostgresSupport.startOrSkip()) {
            String patient = pg.createDatabase("patient");
            hammer(() -> DeliveryStore.open(patient, PostgresSupport.properties(), Clock.systemUTC()), Duration.ofMinutes(5), true);
            String greedy = pg.createDatabase("lapsing");
            List<Tally> tallies = hammer(() -> DeliveryStore.open(greedy, PostgresSupport.properties(), Clock.systemUTC()), Duration.ZERO, true);
            System.out.println("PostgreSQL, lapsing claims: " + tallies);
        }
    }

    @Test
    void dispatchersOnOneSqliteFileNeverAssignARequestTwice() throws Exception {
        hammer(() -> DeliveryStore.open("jdbc:sqlite:" + dir.resolve("d.db"), new Properties(), Clock.systemUTC()), Duration.ZERO, false);
    }

    private List<Tally> hammer(Supplier<DeliveryStore> open, Duration lease, boolean everyoneWorks) throws Exception {
        try (DeliveryStore seed = open.get()) {
            List<DispatchRequest> requests = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                requests.add(DispatchFixtures.request(i));
            }
            seed.addAll(requests, Duration.ZERO);
        }
        ExecutorService pool = Executors.newFixedThreadPool(DISPATCHERS);
        List<Future<Tally>> results = new ArrayList<>();
        for (int d = 0; d < DISPATCHERS; d++) {
            String name = "dispatcher-" + d;
            results.add(pool.submit((Callable<Tally>) () -> dispatch(open.get(), name, lease)));
        }
        List<Tally> tallies = new ArrayList<>();
        for (Future<Tally> f : results) {
            tallies.add(f.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        try (DeliveryStore check = open.get()) {
            assertThat(check.counts()).containsExactly(java.util.Map.entry(DeliveryState.ASSIGNED, REQUESTS));
            assertThat(count(check, "SELECT COUNT(*) FROM (SELECT delivery_id FROM sortie_parcel GROUP BY delivery_id "
                    + "HAVING COUNT(*) > 1) doubles")).as("parcels on two sorties").isZero();
            assertThat(count(check, "SELECT COUNT(*) FROM delivery_transition WHERE to_state = 'ASSIGNED'")).isEqualTo(REQUESTS);
            assertThat(count(check, "SELECT COUNT(*) FROM sortie_parcel")).isEqualTo(REQUESTS);
        }
        assertThat(tallies.stream().mapToInt(Tally::sorties).sum()).isPositive();
        if (everyoneWorks) {
            // PostgreSQL runs them side by side; SQLite's write lock is not fair, so one may starve
            assertThat(tallies).as("every dispatcher got work").allSatisfy(t -> assertThat(t.sorties()).isPositive());
        }
        return tallies;
    }

    private static Tally dispatch(DeliveryStore store, String name, Duration lease) {
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

    private static int count(DeliveryStore store, String sql) {
        return store.inTransaction("count", c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getInt(1);
            }
        });
    }
}
