package org.lifeline.benchmarks;

import java.util.concurrent.TimeUnit;
import org.lifeline.mission.MissionPlan;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Mission upload through a simulated 57600-baud radio (25 ms one-way latency) at 0, 10 and 30 %
 * frame loss, in simulated time. JMH's score is the wall time one simulated upload costs; the
 * figure that matters, simulated transfer time, is reported per operation by the auxiliary
 * counters {@code simulatedMs} and {@code uploads} (their quotient is the mean simulated upload
 * time; JMH prints counter totals) and {@code failures}, and printed as a mean at the end of
 * each trial against the link floor.
 * {@link MissionTransferTable} prints the same runs as a table with the link floor and the
 * fixed-timeout baseline side by side.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class MissionUploadBenchmark {

    @Param({"10", "100", "500"})
    public int items;

    @Param({"0.0", "0.1", "0.3"})
    public double loss;

    @Param({"ADAPTIVE", "FIXED"})
    public String timeouts;

    private MissionPlan plan;
    private UploadScenario.Timeouts mode;
    private long seed;
    private double simulatedTotal;
    private long runs;
    private long failed;

    /** Simulated milliseconds and failures, accumulated per iteration and reported per operation. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Simulated {
        public double simulatedMs;
        public long uploads;
        public long failures;

        @Setup(Level.Iteration)
        public void reset() {
            simulatedMs = 0;
            uploads = 0;
            failures = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        plan = UploadScenario.plan(items);
        mode = UploadScenario.Timeouts.valueOf(timeouts);
    }

    @TearDown(Level.Trial)
    public void report() {
        double mean = simulatedTotal / Math.max(1, runs);
        System.out.printf(java.util.Locale.ROOT,
                "%n[simulated] items=%d loss=%.0f%% %s: mean %.0f ms/upload = %.2f × floor (%.0f ms), %d/%d exact%n",
                items, loss * 100, timeouts, mean, mean / UploadScenario.floorMillis(plan),
                UploadScenario.floorMillis(plan), runs - failed, runs);
    }

    @Benchmark
    public UploadScenario.Outcome upload(Simulated counters) {
        UploadScenario.Outcome o = UploadScenario.run(plan, loss, mode, ++seed);
        counters.simulatedMs += o.simulatedMillis();
        simulatedTotal += o.simulatedMillis();
        runs++;
        failed += o.success() && o.exact() ? 0 : 1;
        counters.uploads++;
        if (!o.success() || !o.exact()) {
            counters.failures++;
        }
        return o;
    }
}
