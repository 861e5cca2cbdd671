package org.lifeline.groundstation.planning.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Reference for the planner's tests: the full visibility graph over every vertex of the free
 * space plus start and goal (no tangent pruning, no grid, no A*), each pair decided by JTS's
 * {@code covers} after a naive scan of all boundary segments for a proper crossing, then plain
 * O(n²) Dijkstra. Slow and obviously right.
 */
final class BruteForceShortestPath {

    private final Geometry free;
    private final PreparedGeometry prepared;
    private final List<Coordinate[]> boundary = new ArrayList<>();
    private final List<Coordinate> vertices = new ArrayList<>();
    private final double[][] vertexWeights;

    BruteForceShortestPath(Geometry free) {
        this.free = free;
        this.prepared = PreparedGeometryFactory.prepare(free);
        for (int i = 0; i < free.getNumGeometries(); i++) {
            org.locationtech.jts.geom.Polygon p = (org.locationtech.jts.geom.Polygon) free.getGeometryN(i);
            addRing(p.getExteriorRing());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                addRing(p.getInteriorRingN(h));
            }
        }
        int n = vertices.size();
        vertexWeights = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                vertexWeights[i][j] = vertexWeights[j][i] = weight(vertices.get(i), vertices.get(j));
            }
        }
    }

    private void addRing(LineString ring) {
        Coordinate[] c = ring.getCoordinates();
        for (int i = 0; i + 1 < c.length; i++) {
            boundary.add(new Coordinate[] {c[i], c[i + 1]});
            Coordinate v = c[i];
            if (vertices.stream().noneMatch(v::equals2D)) {
                vertices.add(v);
            }
        }
    }

    private double weight(Coordinate a, Coordinate b) {
        LineIntersector li = new RobustLineIntersector();
        for (Coordinate[] s : boundary) {
            li.computeIntersection(a, b, s[0], s[1]);
            if (li.isProper()) {
                return Double.POSITIVE_INFINITY;
            }
        }
        LineString seg = free.getFactory().createLineString(new Coordinate[] {a, b});
        return prepared.covers(seg) ? a.distance(b) : Double.POSITIVE_INFINITY;
    }

    /** The shortest length from {@code from} to {@code to}, or NaN when no path exists. */
    double length(Coordinate from, Coordinate to) {
        if (!prepared.covers(free.getFactory().createPoint(from)) || !prepared.covers(free.getFactory().createPoint(to))) {
            return Double.NaN;
        }
        int m = vertices.size();
        int n = m + 2; // vertices, then from (m), then to (m + 1)
        double[][] w = new double[n][n];
        for (int i = 0; i < m; i++) {
            System.arraycopy(vertexWeights[i], 0, w[i], 0, m);
            w[i][m] = w[m][i] = weight(vertices.get(i), from);
            w[i][m + 1] = w[m + 1][i] = weight(vertices.get(i), to);
        }
        w[m][m + 1] = w[m + 1][m] = weight(from, to);
        double[] dist = new double[n];
        boolean[] done = new boolean[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[m] = 0;
        for (int round = 0; round < n; round++) {
            int u = -1;
            for (int i = 0; i < n; i++) {
                if (!done[i] && (u < 0 || dist[i] < dist[u])) {
                    u = i;
                }
            }
            if (dist[u] == Double.POSITIVE_INFINITY) {
                break;
            }
            done[u] = true;
            for (int i = 0; i < n; i++) {
                if (dist[u] + w[u][i] < dist[i]) {
                    dist[i] = dist[u] + w[u][i];
                }
            }
        }
        return dist[m + 1] == Double.POSITIVE_INFINITY ? Double.NaN : dist[m + 1];
    }
}
