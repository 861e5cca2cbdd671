package org.lifeline.groundstation.planning.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Random star-shaped (hence simple) polygons, for property tests and benchmarks. */
final class RandomObstacles {

    static final GeometryFactory FACTORY = new GeometryFactory();

    private RandomObstacles() {
    }

    /** A star-shaped polygon around (cx, cy) with {@code k} vertices at radii in [r/3, r]. */
    static Polygon star(Random rnd, double cx, double cy, double r, int k) {
        double[] angles = new double[k];
        for (int i = 0; i < k; i++) {
            angles[i] = rnd.nextDouble() * 2 * Math.PI;
        }
        Arrays.sort(angles);
        Coordinate[] cs = new Coordinate[k + 1];
        for (int i = 0; i < k; i++) {
            double radius = r / 3 + rnd.nextDouble() * (2 * r / 3);
            cs[i] = new Coordinate(cx + radius * Math.cos(angles[i]), cy + radius * Math.sin(angles[i]));
        }
        cs[k] = cs[0];
        return FACTORY.createPolygon(cs);
    }

    /** A valid star-shaped polygon (redrawn in the rare case two angles coincide). */
    static Polygon validStar(Random rnd, double cx, double cy, double r, int k) {
        Polygon p = star(rnd, cx, cy, r, k);
        while (!p.isValid()) {
            p = star(rnd, cx, cy, r, k);
        }
        return p;
    }

    static List<Obstacle> field(Random rnd, int count, double width, double height, double r, int k) {
        List<Obstacle> out = new ArrayList<>();
        while (out.size() < count) {
            Polygon p = star(rnd, rnd.nextDouble() * width, rnd.nextDouble() * height, r, k);
            if (p.isValid()) {
                out.add(new Obstacle("z" + out.size(), p));
            }
        }
        return out;
    }

    static Polygon rectangle(double w, double h) {
        return FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(0, 0), new Coordinate(w, 0), new Coordinate(w, h), new Coordinate(0, h), new Coordinate(0, 0)});
    }
}
