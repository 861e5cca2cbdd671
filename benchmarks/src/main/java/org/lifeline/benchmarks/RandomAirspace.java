package org.lifeline.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.lifeline.groundstation.planning.route.Obstacle;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * A square operating area with {@code count} random star-shaped no-fly polygons of
 * {@value #VERTICES} vertices (radius {@value #RADIUS} m, radii drawn from a third to all of it),
 * in local metres. The side grows as √count × {@value #SPACING} m so that the density (about
 * 12% of the area covered once buffered) is the same at every size.
 */
final class RandomAirspace {

    static final int VERTICES = 20;
    static final double RADIUS = 150;
    static final double SPACING = 600;
    static final double MARGIN = 20;
    static final GeometryFactory FACTORY = new GeometryFactory();

    final double side;
    final Polygon area;
    final List<Obstacle> obstacles;

    RandomAirspace(int count, long seed) {
        Random rnd = new Random(seed);
        side = Math.sqrt(count) * SPACING;
        area = FACTORY.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(side, 0),
            new Coordinate(side, side), new Coordinate(0, side), new Coordinate(0, 0)});
        obstacles = new ArrayList<>();
        while (obstacles.size() < count) {
            Polygon p = star(rnd, rnd.nextDouble() * side, rnd.nextDouble() * side);
            if (p.isValid()) {
                obstacles.add(new Obstacle("nfz-" + obstacles.size(), p));
            }
        }
    }

    private static Polygon star(Random rnd, double cx, double cy) {
        double[] angles = new double[VERTICES];
        for (int i = 0; i < VERTICES; i++) {
            angles[i] = rnd.nextDouble() * 2 * Math.PI;
        }
        Arrays.sort(angles);
        Coordinate[] cs = new Coordinate[VERTICES + 1];
        for (int i = 0; i < VERTICES; i++) {
            double r = RADIUS / 3 + rnd.nextDouble() * (2 * RADIUS / 3);
            cs[i] = new Coordinate(cx + r * Math.cos(angles[i]), cy + r * Math.sin(angles[i]));
        }
        cs[VERTICES] = cs[0];
        return FACTORY.createPolygon(cs);
    }

    /** {@code n} random (start, goal) pairs, both in the free space. */
    static Coordinate[][] endpointPairs(Geometry free, int n, long seed) {
        Random rnd = new Random(seed);
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(free);
        double w = free.getEnvelopeInternal().getWidth();
        double h = free.getEnvelopeInternal().getHeight();
        double x0 = free.getEnvelopeInternal().getMinX();
        double y0 = free.getEnvelopeInternal().getMinY();
        Coordinate[][] pairs = new Coordinate[n][];
        for (int i = 0; i < n; i++) {
            Coordinate[] pair = new Coordinate[2];
            for (int k = 0; k < 2; k++) {
                Coordinate c;
                do {
                    c = new Coordinate(x0 + rnd.nextDouble() * w, y0 + rnd.nextDouble() * h);
                } while (locator.locate(c) != Location.INTERIOR);
                pair[k] = c;
            }
            pairs[i] = pair;
        }
        return pairs;
    }
}
