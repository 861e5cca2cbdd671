package org.lifeline.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.lifeline.fleet.Channel;
import org.lifeline.fleet.FleetJson;
import org.lifeline.fleet.FleetTopics;
import org.lifeline.fleet.Telemetry;
import org.lifeline.fleet.mqtt.FleetConnection;
import org.lifeline.fleet.mqtt.MqttSettings;
import org.lifeline.groundstation.fleet.FleetBus;
import org.lifeline.support.MosquittoProcess;
import org.lifeline.time.SystemScheduler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ground-station ingest of a whole fleet's telemetry through a real Mosquitto: {@code drones}
 * drones at 10 Hz. One operation is one second of fleet traffic, paced evenly, and ends when
 * the ground station has taken in every sample. An operation that takes about 1 s means the
 * ground station keeps up; longer means a growing backlog. Latency is publish → FleetBus
 * listener. Drones are simulated by a few publisher connections (one Paho client per drone
 * costs three threads — see DEPENDENCIES.md), each publishing on its drones' own topics.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar FleetIngest -f 1 -wi 2 -i 5}
 * (needs mosquitto on the PATH).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class FleetIngestBenchmark {

    @Param({"500"})
    public int drones;

    private static final int PUBLISHERS = 10;
    private static final int RATE_HZ = 10;

    private Path dir;
    private MosquittoProcess broker;
    private SystemScheduler clock;
    private FleetBus bus;
    private final List<FleetConnection> publishers = new ArrayList<>();
    private final AtomicLong received = new AtomicLong();
    private long[] latencyNanos;
    private final AtomicLong latencyIndex = new AtomicLong();
    private final AtomicLong sentAtBase = new AtomicLong();

    @Setup(Level.Trial)
    public void start() throws Exception {
        dir = Files.createTempDirectory("fleet-ingest");
        broker = MosquittoProcess.start(dir.resolve("broker"));
        clock = new SystemScheduler("bench-clock");
        bus = new FleetBus(MqttSettings.plain(broker.uri(), "gs-bench", true), clock, 5_000);
        bus.onTelemetry(t -> {
            long i = latencyIndex.getAndIncrement();
            if (i < latencyNanos.length) {
                // The sample's time field carries the publisher's nanoTime offset (same JVM).
                latencyNanos[(int) i] = System.nanoTime() - (sentAtBase.get() + t.timeMillis());
            }
            received.incrementAndGet();
        });
        bus.start();
        for (int p = 0; p < PUBLISHERS; p++) {
            FleetConnection c = new FleetConnection(MqttSettings.plain(broker.uri(), "pub-" + p, true));
            c.connect();
            publishers.add(c);
        }
    }

    @Benchmark
    public void oneSecondOfFleetTelemetry() throws Exception {
        int total = drones * RATE_HZ;
        latencyNanos = new long[total];
        latencyIndex.set(0);
        received.set(0);
        long base = System.nanoTime();
        sentAtBase.set(base);
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < PUBLISHERS; p++) {
            int publisher = p;
            Thread t = new Thread(() -> publish(publisher, total, start, base));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (received.get() < total && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(200_000);
        }
        long elapsed = System.nanoTime() - start;
        int n = (int) Math.min(latencyIndex.get(), total);
        long[] lat = Arrays.copyOf(latencyNanos, n);
        Arrays.sort(lat);
        double p50 = n == 0 ? Double.NaN : lat[n / 2] / 1e6;
        double p99 = n == 0 ? Double.NaN : lat[Math.min(n - 1, (int) (n * 0.99))] / 1e6;
        // JMH's aux counters sum single-shot iterations; a plain line per iteration reads better.
        System.out.printf(java.util.Locale.ROOT, "%nfleet ingest: %d drones x %d Hz: %d of %d samples in %.0f ms (%.0f msg/s), latency p50 %.1f ms, p99 %.1f ms%n",
                drones, RATE_HZ, received.get(), total, elapsed / 1e6, received.get() / (elapsed / 1e9), p50, p99);
    }

    /** Publisher {@code p} sends its share of one second of samples, spread evenly over the second. */
    private void publish(int p, int total, long start, long base) {
        FleetConnection c = publishers.get(p);
        int perPublisher = total / PUBLISHERS;
        for (int k = 0; k < perPublisher; k++) {
            long due = start + (long) k * 1_000_000_000L / perPublisher;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                // Park, not spin: ten spinning publishers would take the cores the broker and the
                // ground station are measured on.
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            int drone = (p * perPublisher + k) % drones;
            long sentOffset = System.nanoTime() - base;
            Telemetry t = new Telemetry("d" + drone, sentOffset, 34.06, 114.40, 50, 110, 12, 90, 80, 15.8, 3, 12, "AUTO", true, 3);
            try {
                c.publish(FleetTopics.topic(t.droneId(), Channel.TELEMETRY), FleetJson.encode(t), 0, false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        publishers.forEach(FleetConnection::close);
        bus.close();
        clock.close();
        broker.close();
    }
}
