package org.lifeline.benchmarks;

import java.util.concurrent.TimeUnit;
import org.lifeline.groundstation.planning.route.VisibilityGraphPlanner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Preparation of the route planner for an airspace: buffering, union, free space, the
 * visibility graph. One shot per iteration (it is done once per airspace in use).
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar PlannerPreparation -p polygons=1000 -f 1 -wi 1 -i 2}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class PlannerPreparationBenchmark {

    @Param({"10", "100", "1000", "5000"})
    public int polygons;

    private RandomAirspace airspace;

    @Setup(Level.Trial)
    public void generate() {
        airspace = new RandomAirspace(polygons, 42);
    }

    @Benchmark
    public VisibilityGraphPlanner prepare() {
        VisibilityGraphPlanner planner = new VisibilityGraphPlanner(airspace.area, airspace.obstacles, RandomAirspace.MARGIN);
        planner.prepare();
        return planner;
    }
}
