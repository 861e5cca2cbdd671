package org.lifeline.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The agent's CPU and heap in flight: one operation is ten seconds of an autopilot sending what
 * ArduPilot sends at the requested rates (GLOBAL_POSITION_INT 10 Hz, GPS 2 Hz, HEARTBEAT 1 Hz)
 * while the agent publishes telemetry at 10 Hz to a real Mosquitto. Reported as auxiliary
 * counters: {@code cpuPercent} (process CPU time over wall time, of one core; includes JMH's own
 * small share) and {@code heapUsedMb} after the run, in a JVM limited to {@code -Xmx64m} as on the Pi.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AgentLoad -f 1 -wi 1 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-XX:+UseSerialGC"})
public class AgentLoadBenchmark {

    private AgentHarness harness;

    /** What one run cost. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Cost {
        public double cpuPercent;
        public double heapUsedMb;
    }

    @Setup(Level.Trial)
    public void start() throws Exception {
        harness = new AgentHarness(10);
    }

    @Benchmark
    public long tenSecondsOfFlight(Cost cost) throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        long tick = t0;
        for (int i = 0; i < 100; i++) {
            harness.fc.deliver(InProcessAutopilot.position(34.0655 + i * 1e-6, 114.401, 30));
            if (i % 5 == 0) {
                harness.fc.deliver(InProcessAutopilot.gps());
            }
            if (i % 10 == 0) {
                harness.fc.deliver(InProcessAutopilot.heartbeat(true));
            }
            tick += 100_000_000L;
            long wait = tick - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        long wall = System.nanoTime() - t0;
        cost.cpuPercent = 100.0 * (os.getProcessCpuTime() - cpu0) / wall;
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        cost.heapUsedMb = heap.getUsed() / (1024.0 * 1024.0);
        return wall;
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        harness.close();
    }
}
