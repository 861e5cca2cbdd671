package org.lifeline.benchmarks;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.lifeline.fleet.Channel;
import org.lifeline.fleet.DroneStatus;
import org.lifeline.fleet.FleetJson;
import org.lifeline.fleet.FleetTopics;
import org.lifeline.fleet.Telemetry;
import org.lifeline.fleet.mqtt.FleetConnection;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.broker.EmbeddedBroker;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.time.SystemScheduler;

/**
 * The dashboard measured in a real browser (Debian's headless Chromium through Selenium), with
 * the ground station as {@code serve} builds it: an embedded MQTT broker, the fleet bus, the
 * dashboard and its operations (tracks on), a SQLite store, the system clock.
 *
 * <ol>
 *   <li><b>Latency</b>: simulated drones publish telemetry as agents do. The ground station stamps
 *   each sample's arrival ({@code rxMs}, its clock) into the {@code drone} event it pushes; the
 *   page records {@code Date.now() - rxMs} in the first animation frame after it moved the
 *   marker (same machine, same clock). Reported: p50 / p95 / p99 / max of those delays.</li>
 *   <li><b>Responsiveness under load</b>: the same with {@code drones} drones at {@code hz};
 *   meanwhile Selenium clicks the page every 500 ms, and the page records, for each click,
 *   the time from the input event to the next animation frame (what a person waits to see the
 *   click answered), plus every main-thread long task (over 50 ms, the Long Tasks API).</li>
 * </ol>
 *
 * <p>Usage ({@code mvn -B -Pbenchmarks -pl benchmarks -am package -DskipTests} first):
 * {@code java -cp benchmarks/target/benchmarks.jar org.lifeline.benchmarks.DashboardBrowserHarness
 * [drones=50] [hz=2] [seconds=60] [warmupSeconds=10]}. It runs phase 1 with one drone at
 * {@code hz}, then phase 2 with all. Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}.
 * The server and the browser's instrumentation are {@link DashboardBench}'s; {@link DashboardLinkHarness}
 * measures the same for drones seen through their MAVLink links.
 */
public final class DashboardBrowserHarness {

    private static final double HOME_LAT = 34.0655;
    private static final double HOME_LON = 114.401;

    private DashboardBrowserHarness() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "org/lifeline/benchmarks/quiet-logback.xml");
        int drones = (int) DashboardBench.arg(args, 0, 50);
        double hz = DashboardBench.arg(args, 1, 2);
        int seconds = (int) DashboardBench.arg(args, 2, 60);
        int warmup = (int) DashboardBench.arg(args, 3, 10);
        try (EmbeddedBroker broker = EmbeddedBroker.startOnLoopback();
             SystemScheduler busClock = new SystemScheduler("bench-fleet-clock");
             FleetBus fleet = new FleetBus(MqttSettings.plain(broker.uri(), "bench-ground", true), busClock, 5_000);
             FleetConnection agents = new FleetConnection(MqttSettings.plain(broker.uri(), "bench-agents", true))) {
            fleet.start();
            agents.connect();
            try (DashboardBench bench = new DashboardBench(fleet, null)) {
                System.out.printf(Locale.ROOT, "dashboard browser harness: %d drones at %.1f Hz, %d s measured after %d s warm-up; load %.1f%n",
                        drones, hz, seconds, warmup, DashboardBench.load());
                print("1 drone", phase(bench, agents, 1, hz, seconds, warmup, false));
                print(drones + " drones", phase(bench, agents, drones, hz, seconds, warmup, true));
                System.out.printf(Locale.ROOT, "load average after: %.1f%n", DashboardBench.load());
            }
        }
    }

    private static DashboardBench.Window phase(DashboardBench bench, FleetConnection agents, int drones, double hz, int seconds,
                                               int warmup, boolean clicking) throws Exception {
        AtomicLong published = new AtomicLong();
        ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor();
        long periodMicros = (long) (1_000_000 / hz / drones);
        long t0 = System.nanoTime();
        AtomicLong n = new AtomicLong();
        for (int i = 0; i < drones; i++) {
            agents.publish(FleetTopics.topic(id(i), Channel.STATUS),
                    FleetJson.encode(new DroneStatus(id(i), DroneStatus.State.ONLINE, System.currentTimeMillis(), "bench")), 1, true);
        }
        publisher.scheduleAtFixedRate(() -> {
            long k = n.getAndIncrement();
            int i = (int) (k % drones);
            double t = (System.nanoTime() - t0) / 1e9;
            try {
                agents.publish(FleetTopics.topic(id(i), Channel.TELEMETRY), FleetJson.encode(sample(i, drones, t)), 0, false);
                published.incrementAndGet();
            } catch (Exception e) {
                System.err.println("publish failed: " + e.getMessage());
            }
        }, 0, Math.max(1, periodMicros), TimeUnit.MICROSECONDS);
        try {
            return bench.measure(warmup, seconds, clicking, published::get);
        } finally {
            publisher.shutdownNow();
            publisher.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Drone i flies a circle of 300 m around its own centre, one lap in two minutes. */
    private static Telemetry sample(int i, int drones, double t) {
        double centreLat = HOME_LAT + 0.01 * (i / 10 - 2);
        double centreLon = HOME_LON + 0.01 * (i % 10 - 5);
        double a = 2 * Math.PI * (t / 120.0 + (double) i / drones);
        double lat = centreLat + 300 * Math.cos(a) / 111_320.0;
        double lon = centreLon + 300 * Math.sin(a) / (111_320.0 * Math.cos(Math.toRadians(centreLat)));
        double heading = (Math.toDegrees(a) + 90) % 360;
        return new Telemetry(id(i), System.currentTimeMillis(), lat, lon, 60, 110, 15.7, heading, 80, 15.9, 3, 14, "AUTO", true, 5);
    }

    private static String id(int i) {
        return String.format(Locale.ROOT, "sim-%02d", i);
    }

    private static void print(String what, DashboardBench.Window r) {
        System.out.printf(Locale.ROOT, "%-10s %6d samples published (%.1f/s), %6d shown | %s%n", what, r.counted(),
                r.counted() / r.seconds(), r.latency().size(), DashboardBench.percentiles("telemetry→screen", r.latency()));
        DashboardBench.printResponsiveness(what, r);
    }
}
