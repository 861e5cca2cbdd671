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
import java.util.concurrent.CountDownLatch;
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
 * Dispatchers on one database, each with its own connection (two of them separate processes
 * in the PostgreSQL run with lapsing claims), claiming and assigning the
 * same queue as fast as they can: no request is ever assigned twice. With a lease of zero
 * every claim lapses at once, so dispatchers keep taking each other's claimed requests and
 * only the store's checks stand between them and a double assignment.
 */
class ConcurrentDispatchersTest {

    private static final int REQUESTS = 120;
    private static final int DISPATCHERS = 4;

    @TempDir
    Path dir;

    @Test
    void dispatchersOnPostgresqlNeverAssignARequestTwice() throws Exception {
        try (PostgresProcess pg = PostgresSupport.startOrSkip()) {
            String patient = pg.createDatabase("patient");
            hammer(() -> DeliveryStore.open(patient, PostgresSupport.properties(), Clock.systemUTC()), Duration.ofMinutes(5), true, null);
            String greedy = pg.createDatabase("lapsing");
            List<HammeringDispatcher.Tally> tallies = hammer(() -> DeliveryStore.open(greedy, PostgresSupport.properties(),
                    Clock.systemUTC()), Duration.ZERO, true, List.of(greedy, PostgresProcess.USER));
            System.out.println("PostgreSQL, lapsing claims: " + tallies);
        }
    }

    @Test
    void dispatchersOnOneSqliteFileNeverAssignARequestTwice() throws Exception {
        hammer(() -> DeliveryStore.open("jdbc:sqlite:" + dir.resolve("d.db"), new Properties(), Clock.systemUTC()), Duration.ZERO, false, null);
    }

    /**
     * Seeds the queue, runs {@value #DISPATCHERS} dispatchers until it is empty and checks that
     * nothing was assigned twice. With {@code processDb} (URL, user), the first two dispatchers
     * are processes of their own.
     */
    private List<HammeringDispatcher.Tally> hammer(Supplier<DeliveryStore> open, Duration lease, boolean concurrent,
                                                   List<String> processDb) throws Exception {
        try (DeliveryStore seed = open.get()) {
            List<DispatchRequest> requests = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                requests.add(DispatchFixtures.request(i));
            }
            seed.addAll(requests, Duration.ZERO);
        }
        ExecutorService pool = Executors.newFixedThreadPool(DISPATCHERS);
        CountDownLatch ready = new CountDownLatch(DISPATCHERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HammeringDispatcher.Tally>> results = new ArrayList<>();
        for (int d = 0; d < DISPATCHERS; d++) {
            String name = "dispatcher-" + d;
            if (processDb != null && d < 2) {
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path"), HammeringDispatcher.class.getName(), processDb.get(0), processDb.get(1),
                        name, Long.toString(lease.toMillis())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                results.add(pool.submit((Callable<HammeringDispatcher.Tally>) () -> tally(p, ready, go)));
            } else {
                results.add(pool.submit((Callable<HammeringDispatcher.Tally>) () -> {
                    DeliveryStore store = open.get();
                    ready.countDown();
                    go.await();
                    return HammeringDispatcher.run(store, name, lease);
                }));
            }
        }
        assertThat(ready.await(60, TimeUnit.SECONDS)).as("every dispatcher opened its store").isTrue();
        go.countDown(); // all start together
        List<HammeringDispatcher.Tally> tallies = new ArrayList<>();
        for (Future<HammeringDispatcher.Tally> f : results) {
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
        assertThat(tallies.stream().mapToInt(HammeringDispatcher.Tally::sorties).sum()).isPositive();
        if (concurrent) {
            // PostgreSQL runs them side by side (SQLite's write lock is not fair, so one may starve)
            assertThat(tallies.stream().filter(t -> t.sorties() > 0).count()).as("dispatchers that got work").isGreaterThanOrEqualTo(2);
        }
        return tallies;
    }

    private static HammeringDispatcher.Tally tally(Process p, CountDownLatch ready, CountDownLatch go) throws Exception {
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
        String first;
        while ((first = in.readLine()) != null && !first.equals("READY")) {
            // log lines before the store is open
        }
        assertThat(first).as("the process opened its store").isEqualTo("READY");
        ready.countDown();
        go.await();
        p.getOutputStream().write("go\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        String out = in.lines().collect(java.util.stream.Collectors.joining("\n"));
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        String line = out.lines().filter(l -> l.startsWith("TALLY ")).findFirst().orElseThrow(() -> new AssertionError("no tally in: " + out));
        String[] f = line.split(" ");
        return new HammeringDispatcher.Tally(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
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
