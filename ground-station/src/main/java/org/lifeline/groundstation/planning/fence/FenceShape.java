package org.lifeline.groundstation.planning.fence;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A fence shape in the local metric frame, with its cost in fence items: a polygon costs one
 * item per vertex, a circle one item.
 */
public sealed interface FenceShape permits FenceShape.Ring, FenceShape.Circle {

    /** How many fence items the autopilot stores for this shape. */
    int cost();

    /** Area in square metres. */
    double area();

    /** Shortest distance from the shape (its inside included) to {@code g}; 0 when they meet. */
    double distance(Geometry g);

    /** Whether the shape (boundary included) contains all of {@code g}. */
    boolean covers(Geometry g);

    /** A polygon for drawing; a circle is approximated from outside. */
    Geometry outline();

    /** A polygon fence: the exterior ring only (fence polygons have no holes). */
    record Ring(Polygon polygon) implements FenceShape {
        public Ring {
            if (polygon.getNumInteriorRing() != 0) {
                throw new IllegalArgumentException("a fence polygon has no holes");
            }
        }

        @Override
        public int cost() {
            return polygon.getExteriorRing().getNumPoints() - 1;
        }

        @Override
        public double area() {
            return polygon.getArea();
        }

        @Override
        public double distance(Geometry g) {
            return polygon.distance(g);
        }

        @Override
        public boolean covers(Geometry g) {
            return polygon.covers(g);
        }

        @Override
        public Geometry outline() {
            return polygon;
        }
    }

    /** A circular fence. */
    record Circle(Coordinate center, double radius) implements FenceShape {
        private static final GeometryFactory GEOMETRY = new GeometryFactory();

        public Circle {
            if (!(radius > 0)) {
                throw new IllegalArgumentException("circle radius " + radius + " is not > 0");
            }
        }

        @Override
        public int cost() {
            return 1;
        }

        @Override
        public double area() {
            return Math.PI * radius * radius;
        }

        @Override
        public double distance(Geometry g) {
            return Math.max(0, g.distance(GEOMETRY.createPoint(center)) - radius);
        }

        @Override
        public boolean covers(Geometry g) {
            for (Coordinate c : g.getCoordinates()) {
                if (c.distance(center) > radius) {
                    return false;
                }
            }
            return !g.isEmpty();
        }

        @Override
        public Geometry outline() {
            // a buffer's vertices lie on the circle; scale so its edges lie outside instead
            int quadrantSegments = 16;
            double grow = 1 / Math.cos(Math.PI / (4 * quadrantSegments));
            return GEOMETRY.createPoint(center).buffer(radius * grow, quadrantSegments);
        }
    }
}
