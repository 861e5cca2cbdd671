package org.lifeline.benchmarks;

import java.util.concurrent.TimeUnit;
import org.lifeline.groundstation.planning.route.PlanarPath;
import org.lifeline.groundstation.planning.route.Planned;
import org.lifeline.groundstation.planning.route.VisibilityGraphPlanner;
import org.locationtech.jts.geom.Coordinate;
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
 * One route query on a prepared planner, for random start/goal pairs in the free space;
 * sample mode, so JMH reports p50 and p99.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar PlannerQuery -p polygons=1000 -f 1 -wi 1 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class PlannerQueryBenchmark {

    @Param({"10", "100", "1000", "5000"})
    public int polygons;

    private VisibilityGraphPlanner planner;
    private Coordinate[][] pairs;
    private int next;

    @Setup(Level.Trial)
    public void prepare() {
        RandomAirspace airspace = new RandomAirspace(polygons, 42);
        planner = new VisibilityGraphPlanner(airspace.area, airspace.obstacles, RandomAirspace.MARGIN);
        planner.prepare();
        pairs = RandomAirspace.endpointPairs(planner.freeSpace(), 1024, 7);
        System.out.printf("%n[planner] polygons=%d corners=%d edges=%d%n", polygons, planner.cornerCount(), planner.edgeCount());
    }

    @Benchmark
    public Planned<PlanarPath> query() {
        Coordinate[] pair = pairs[next++ & (pairs.length - 1)];
        return planner.shortestPath(pair[0], pair[1]);
    }
}
