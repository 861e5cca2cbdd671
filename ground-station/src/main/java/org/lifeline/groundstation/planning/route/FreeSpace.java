package org.lifeline.groundstation.planning.route;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The space a route may use: the operating area shrunk by the margin, minus every obstacle
 * grown by the margin (both conservatively, see {@link ConservativeBuffer}). Holds what the
 * visibility graph needs: the boundary segments in a {@link SegmentGrid}, the graph's
 * candidate vertices (corners where the free space is reflex, i.e. obstacles are convex),
 * and the pieces needed to explain a blockage (buffered obstacles in an STRtree, the
 * connected components of the free space).
 */
final class FreeSpace {

    final double margin;
    final Geometry shrunkArea;
    final Geometry free;
    final SegmentGrid grid;
    final IndexedPointInAreaLocator locator;
    /** Corner i is at (x[i], y[i]); its ring neighbours are (px, py) before and (qx, qy) after. */
    final double[] x;
    final double[] y;
    final double[] px;
    final double[] py;
    final double[] qx;
    final double[] qy;
    /** One disk strictly inside each obstacle hole of the free space, for {@link Occlusion}. */
    final double[] diskX;
    final double[] diskY;
    final double[] diskR;
    private final List<Obstacle> buffered = new ArrayList<>();
    private final STRtree obstacleIndex = new STRtree();
    private final List<Polygon> components = new ArrayList<>();
    private final List<IndexedPointInAreaLocator> componentLocators = new ArrayList<>();

    FreeSpace(Geometry operatingArea, List<Obstacle> obstacles, double margin) {
        this.margin = margin;
        this.shrunkArea = ConservativeBuffer.shrink(operatingArea, margin);
        List<Geometry> grown = new ArrayList<>();
        for (Obstacle o : obstacles) {
            Obstacle b = new Obstacle(o.id(), ConservativeBuffer.grow(o.area(), margin));
            buffered.add(b);
            obstacleIndex.insert(b.area().getEnvelopeInternal(), b);
            grown.add(b.area());
        }
        obstacleIndex.build();
        this.free = grown.isEmpty() ? shrunkArea : shrunkArea.difference(UnaryUnionOp.union(grown));
        this.locator = new IndexedPointInAreaLocator(free);
        locator.locate(new Coordinate(0, 0)); // builds its index now, before queries share it across threads
        List<double[]> corners = new ArrayList<>();
        DoubleList segments = new DoubleList();
        List<double[]> disks = new ArrayList<>();
        for (int i = 0; i < free.getNumGeometries(); i++) {
            Geometry part = free.getGeometryN(i);
            if (part instanceof Polygon p && !p.isEmpty()) {
                components.add(p);
                componentLocators.add(new IndexedPointInAreaLocator(p));
                addRing(p.getExteriorRing(), true, corners, segments);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    addRing(p.getInteriorRingN(h), false, corners, segments);
                    double[] disk = insideDisk(p.getInteriorRingN(h));
                    if (disk != null) {
                        disks.add(disk);
                    }
                }
            }
        }
        int n = corners.size();
        x = new double[n];
        y = new double[n];
        px = new double[n];
        py = new double[n];
        qx = new double[n];
        qy = new double[n];
        for (int i = 0; i < n; i++) {
            double[] c = corners.get(i);
            x[i] = c[0];
            y[i] = c[1];
            px[i] = c[2];
            py[i] = c[3];
            qx[i] = c[4];
            qy[i] = c[5];
        }
        diskX = disks.stream().mapToDouble(d -> d[0]).toArray();
        diskY = disks.stream().mapToDouble(d -> d[1]).toArray();
        diskR = disks.stream().mapToDouble(d -> d[2]).toArray();
        this.grid = new SegmentGrid(segments.toArray(), free.getEnvelopeInternal(), locator);
    }

    /**
     * A disk inside the obstacle bounded by a hole ring: centred on the centroid or on JTS's
     * interior point, whichever lies deeper, with the distance to the ring as radius.
     */
    private static double[] insideDisk(LinearRing hole) {
        Polygon obstacle = hole.getFactory().createPolygon(hole);
        double[] best = null;
        for (Point p : new Point[] {obstacle.getCentroid(), obstacle.getInteriorPoint()}) {
            if (p.isEmpty() || !obstacle.contains(p)) {
                continue;
            }
            double r = hole.distance(p);
            if (r > 0 && (best == null || r > best[2])) {
                best = new double[] {p.getX(), p.getY(), r};
            }
        }
        return best;
    }

    /** Adds a ring's segments, and its corners where the free space (on the left, after orienting) turns right. */
    private static void addRing(LineString ring, boolean shell, List<double[]> corners, DoubleList segments) {
        Coordinate[] c = CoordinateArrays.removeRepeatedPoints(ring.getCoordinates());
        if (c.length < 4) {
            return;
        }
        boolean ccw = Orientation.isCCW(c);
        if (ccw != shell) {
            CoordinateArrays.reverse(c);
        }
        int n = c.length - 1;
        for (int i = 0; i < n; i++) {
            Coordinate prev = c[(i + n - 1) % n];
            Coordinate cur = c[i];
            Coordinate next = c[i + 1];
            segments.add(cur.x);
            segments.add(cur.y);
            segments.add(next.x);
            segments.add(next.y);
            if (Orientation.index(prev, cur, next) == Orientation.CLOCKWISE) {
                corners.add(new double[] {cur.x, cur.y, prev.x, prev.y, next.x, next.y});
            }
        }
    }

    Occlusion occlusion() {
        return new Occlusion(diskX, diskY, diskR);
    }

    int cornerCount() {
        return x.length;
    }

    boolean contains(Coordinate p) {
        return locator.locate(p) != Location.EXTERIOR;
    }

    /** Index of the connected component containing {@code p}, or -1. */
    int componentOf(Coordinate p) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).getEnvelopeInternal().covers(p) && componentLocators.get(i).locate(p) != Location.EXTERIOR) {
                return i;
            }
        }
        return -1;
    }

    Polygon component(int i) {
        return components.get(i);
    }

    /** Ids of the buffered obstacles covering {@code p}. */
    List<String> obstaclesCovering(Coordinate p) {
        List<String> ids = new ArrayList<>();
        Geometry point = free.getFactory().createPoint(p);
        for (Object o : obstacleIndex.query(point.getEnvelopeInternal())) {
            Obstacle b = (Obstacle) o;
            if (b.area().covers(point)) {
                ids.add(b.id());
            }
        }
        return ids;
    }

    /** Ids of the buffered obstacles that form the outer boundary of component {@code i}. */
    List<String> obstaclesBounding(int i) {
        LineString shell = components.get(i).getExteriorRing();
        double tolerance = 1e-6 * Math.max(1, shell.getEnvelopeInternal().getDiameter());
        List<String> ids = new ArrayList<>();
        for (Object o : obstacleIndex.query(shell.getEnvelopeInternal())) {
            Obstacle b = (Obstacle) o;
            if (b.area().isWithinDistance(shell, tolerance) && !ids.contains(b.id())) {
                ids.add(b.id());
            }
        }
        return ids;
    }

    /** Whether component {@code i}'s outer boundary runs along the shrunk operating area's boundary. */
    boolean boundedByOperatingArea(int i) {
        LineString shell = components.get(i).getExteriorRing();
        double tolerance = 1e-6 * Math.max(1, shell.getEnvelopeInternal().getDiameter());
        return shrunkArea.getBoundary().isWithinDistance(shell, tolerance);
    }

    /** A growable array of doubles (boxing a million segment ordinates showed in profiles). */
    private static final class DoubleList {
        private double[] values = new double[64];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, 2 * size);
            }
            values[size++] = v;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }

    /** Whether v's ring neighbours lie on one side of the line through w and v (wv does not enter the obstacle at v). */
    boolean isTangent(int v, double wx, double wy) {
        double ax = x[v] - wx;
        double ay = y[v] - wy;
        double s1 = ax * (py[v] - wy) - ay * (px[v] - wx);
        double s2 = ax * (qy[v] - wy) - ay * (qx[v] - wx);
        // Permissive near collinearity: a wrong "tangent" only costs a visibility test, a wrong "not" an edge.
        double tol = 1e-12 * (Math.abs(ax) + Math.abs(ay))
                * (Math.abs(px[v] - wx) + Math.abs(py[v] - wy) + Math.abs(qx[v] - wx) + Math.abs(qy[v] - wy));
        return !((s1 > tol && s2 < -tol) || (s1 < -tol && s2 > tol));
    }
}
