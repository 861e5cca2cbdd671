package org.lifeline.groundstation.planning.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class VisibilityGraphPlannerTest {

    static final String AREA = "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))";

    static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Planned<PlanarPath> plan(String area, double margin, Coordinate from, Coordinate to, String... obstacles) {
        List<Obstacle> list = new java.util.ArrayList<>();
        for (int i = 0; i < obstacles.length; i++) {
            list.add(new Obstacle("z" + (i + 1), wkt(obstacles[i])));
        }
        return VisibilityGraphPlanner.shortestPath(wkt(area), list, margin, from, to);
    }

    static void checkLength(double expected, Planned<PlanarPath> actual) throws NoRouteException {
        assertThat(actual.orElseThrow().lengthMetres()).isEqualTo(expected, offset(1e-9));
    }

    static Blockage blockage(Planned<PlanarPath> p) {
        assertThat(p).isInstanceOf(Planned.Blocked.class);
        return ((Planned.Blocked<PlanarPath>) p).blockage();
    }

    @Test
    void aClearLineOfSightIsTheStraightSegment() throws Exception {
        checkLength(60, plan(AREA, 5, new Coordinate(20, 10), new Coordinate(80, 10),
                "POLYGON ((40 30, 60 30, 60 80, 40 80, 40 30))"));
    }

    @Test
    void goesAroundABarrierOverItsNearerCorners() throws Exception {
        checkLength(2 * Math.hypot(20, 30) + 20, plan(AREA, 0, new Coordinate(20, 50), new Coordinate(80, 50),
                "POLYGON ((40 20, 60 20, 60 80, 40 80, 40 20))"));
    }

    @Test
    void keepsTheMarginFromTheBarrierWithSquareMitredCorners() throws Exception {
        Planned<PlanarPath> p = plan(AREA, 5, new Coordinate(20, 50), new Coordinate(80, 50),
                "POLYGON ((40 20, 60 20, 60 80, 40 80, 40 20))");

        double m = 5 * ConservativeBuffer.DISTANCE_FACTOR; // the buffer distance actually used
        checkLength(2 * Math.hypot(20 - m, 30 + m) + 20 + 2 * m, p);
        assertThat(p.orElseThrow().points()).hasSize(4);
    }

    @Test
    void staysInsideAnLShapedAreaShrunkByTheMargin() throws Exception {
        String l = "POLYGON ((0 0, 100 0, 100 40, 40 40, 40 100, 0 100, 0 0))";

        // around the reflex corner (40, 40), cut back to (40 - m, 40 - m) by the mitred erosion
        double m = 5 * ConservativeBuffer.DISTANCE_FACTOR;
        checkLength(Math.hypot(30 - m, 50 + m) + Math.hypot(50 + m, 30 - m),
                plan(l, 5, new Coordinate(10, 90), new Coordinate(90, 10)));
    }

    @Test
    void refusesAGoalInsideAZoneNamingIt() {
        Blockage b = blockage(plan(AREA, 5, new Coordinate(10, 10), new Coordinate(50, 50),
                "POLYGON ((40 40, 60 40, 60 60, 40 60, 40 40))"));

        assertThat(b.reason()).isEqualTo("goal lies inside zone \"z1\" or within the 5 m margin around it");
        assertThat(b.zoneIds()).containsExactly("z1");
    }

    @Test
    void refusesAStartWithinTheMarginOfTheAreaEdge() {
        Blockage b = blockage(plan(AREA, 5, new Coordinate(2, 50), new Coordinate(50, 50)));

        assertThat(b.reason()).isEqualTo("start lies outside the operating area or within 5 m of its edge");
    }

    @Test
    void namesTheZonesThatEncloseTheGoal() {
        Blockage b = blockage(plan(AREA, 2, new Coordinate(10, 10), new Coordinate(50, 50),
                "POLYGON ((30 30, 70 30, 70 40, 40 40, 40 60, 30 60, 30 30))",
                "POLYGON ((70 40, 70 70, 30 70, 30 60, 60 60, 60 40, 70 40))",
                "POLYGON ((80 80, 90 80, 90 90, 80 90, 80 80))"));

        assertThat(b.reason()).isEqualTo("goal is enclosed by zones \"z1\" and \"z2\"");
        assertThat(b.zoneIds()).containsExactlyInAnyOrder("z1", "z2");
    }

    @Test
    void marginsThatCloseAGapBlockIt() {
        String left = "POLYGON ((0 0, 48 0, 48 90, 0 90, 0 0))";
        String right = "POLYGON ((52 20, 100 20, 100 100, 52 100, 52 20))";

        assertThat(plan(AREA, 1, new Coordinate(30, 95), new Coordinate(70, 5), left, right).isFound()).isTrue();
        assertThat(blockage(plan(AREA, 3, new Coordinate(30, 95), new Coordinate(70, 5), left, right)).reason())
                .isEqualTo("start is enclosed by zones \"z1\" and \"z2\" and the operating area's edge");
    }

    @Test
    void aTourVisitsEveryStopInOrder() throws Exception {
        VisibilityGraphPlanner planner = new VisibilityGraphPlanner(wkt(AREA),
                List.of(new Obstacle("wall", wkt("POLYGON ((40 20, 60 20, 60 80, 40 80, 40 20))"))), 0);

        PlanarPath tour = planner.shortestTour(List.of(new Coordinate(20, 50), new Coordinate(80, 50), new Coordinate(20, 50)))
                .orElseThrow();

        assertThat(tour.lengthMetres()).isEqualTo(2 * (2 * Math.hypot(20, 30) + 20), offset(1e-9));
        assertThat(tour.points().get(3)).isEqualTo(new Coordinate(80, 50));
    }

    @Test
    void rejectsANegativeMargin() {
        assertThatThrownBy(() -> new VisibilityGraphPlanner(wkt(AREA), List.of(), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("margin -1.0 m");
    }

    /** Mostly a point in the free space, so that most queries have a route; {@code anywhere} for the rest. */
    static Coordinate pointIn(Random rnd, Geometry free, boolean anywhere) {
        org.locationtech.jts.geom.Envelope e = free.getEnvelopeInternal();
        Coordinate c = new Coordinate();
        for (int i = 0; i < 100; i++) {
            c = new Coordinate(e.getMinX() - 10 + rnd.nextDouble() * (e.getWidth() + 20),
                    e.getMinY() - 10 + rnd.nextDouble() * (e.getHeight() + 20));
            if (anywhere || free.covers(free.getFactory().createPoint(c))) {
                return c;
            }
        }
        return c;
    }

    /** Random obstacle fields: the planner agrees with the brute-force reference and keeps its clearances. */
    @Property(tries = 30)
    void theRouteIsAsShortAsTheBruteForceReferenceAndKeepsItsClearances(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 2, max = 12) int count,
            @ForAll @DoubleRange(min = 0, max = 6) double margin) throws Exception {
        Random rnd = new Random(seed);
        Geometry area = rnd.nextBoolean() ? RandomObstacles.rectangle(200, 200) : RandomObstacles.validStar(rnd, 100, 100, 110, 7);
        List<Obstacle> obstacles = RandomObstacles.field(rnd, count, 200, 200, 30, 3 + rnd.nextInt(8));
        VisibilityGraphPlanner planner = new VisibilityGraphPlanner(area, obstacles, margin);
        BruteForceShortestPath bruteForce = new BruteForceShortestPath(planner.freeSpace());
        for (int q = 0; q < 4; q++) {
            Coordinate from = pointIn(rnd, planner.freeSpace(), q == 0);
            Coordinate to = pointIn(rnd, planner.freeSpace(), q == 0);

            Planned<PlanarPath> p = planner.shortestPath(from, to);
            double reference = bruteForce.length(from, to);

            if (Double.isNaN(reference)) {
                Statistics.label("outcome").collect("blocked");
                assertThat(p).isInstanceOf(Planned.Blocked.class);
                continue;
            }
            PlanarPath path = p.orElseThrow();
            Statistics.label("outcome").collect(path.points().size() == 2 ? "straight" : "bends");
            assertThat(Math.abs(path.lengthMetres() - reference)).isLessThanOrEqualTo(1e-9 * Math.max(1, reference));
            LineString line = area.getFactory().createLineString(path.points().toArray(Coordinate[]::new));
            for (Obstacle o : obstacles) {
                assertThat(o.area().distance(line)).isGreaterThanOrEqualTo(margin - 1e-7);
            }
            assertThat(area.covers(line)).isTrue();
            assertThat(area.getBoundary().distance(line)).isGreaterThanOrEqualTo(margin - 1e-7);
        }
    }
}
