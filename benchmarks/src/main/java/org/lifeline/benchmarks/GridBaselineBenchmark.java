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
 * The visibility-graph planner against the baseline, A* on a 5 m grid ({@link GridAStar}),
 * on the same free space and the same few endpoint pairs: query time of each (sample mode)
 * and, printed at setup, the ratio of path lengths, which must never exceed 1.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar GridBaseline -p polygons=100 -f 1 -wi 1 -i 2}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class GridBaselineBenchmark {

    static final double CELL = 5;
    static final int PAIRS = 16;

    @Param({"10", "100", "1000"})
    public int polygons;

    private VisibilityGraphPlanner planner;
    private GridAStar grid;
    private Coordinate[][] pairs;
    private int nextGrid;
    private int nextGraph;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        RandomAirspace airspace = new RandomAirspace(polygons, 42);
        planner = new VisibilityGraphPlanner(airspace.area, airspace.obstacles, RandomAirspace.MARGIN);
        planner.prepare();
        grid = new GridAStar(planner.freeSpace(), CELL);
        pairs = RandomAirspace.endpointPairs(planner.freeSpace(), PAIRS, 11);
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        int compared = 0;
        for (Coordinate[] p : pairs) {
            double exact = planner.shortestPath(p[0], p[1]).orElseThrow().lengthMetres();
            double onGrid = grid.length(p[0], p[1]);
            if (Double.isNaN(onGrid)) {
                continue; // endpoint in a cell the boundary touches: the grid cannot start there
            }
            double ratio = exact / onGrid;
            sum += ratio;
            min = Math.min(min, ratio);
            max = Math.max(max, ratio);
            compared++;
        }
        System.out.printf("%n[lengths] polygons=%d cells=%d pairs=%d exact/grid mean=%.4f min=%.4f max=%.6f"
                + " (grid never shorter: %b)%n", polygons, grid.cellCount(), compared, sum / compared, min, max,
                max <= 1 + 1e-9);
    }

    @Benchmark
    public double gridQuery() {
        Coordinate[] p = pairs[nextGrid++ % PAIRS];
        return grid.length(p[0], p[1]);
    }

    @Benchmark
    public Planned<PlanarPath> visibilityGraphQuery() {
        Coordinate[] p = pairs[nextGraph++ % PAIRS];
        return planner.shortestPath(p[0], p[1]);
    }
}
