package org.lifeline.groundstation.planning.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Reference for the planner's tests: the full visibility graph over every vertex of the free
 * space plus start and goal, each pair tested with JTS's {@code covers} (no tangent pruning,
 * no grid, no A*), then plain O(n²) Dijkstra. Slow and obviously right.
 */
final class BruteForceShortestPath {

    private BruteForceShortestPath() {
    }

    /** The shortest length, or NaN when no path exists. */
    static double length(Geometry free, Coordinate from, Coordinate to) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(free);
        if (!prepared.covers(free.getFactory().createPoint(from)) || !prepared.covers(free.getFactory().createPoint(to))) {
            return Double.NaN;
        }
        List<Coordinate> v = new ArrayList<>();
        v.add(from);
        v.add(to);
        for (Coordinate c : free.getCoordinates()) {
            if (v.stream().noneMatch(c::equals2D)) {
                v.add(c);
            }
        }
        int n = v.size();
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Geometry seg = free.getFactory().createLineString(new Coordinate[] {v.get(i), v.get(j)});
                w[i][j] = w[j][i] = prepared.covers(seg) ? v.get(i).distance(v.get(j)) : Double.POSITIVE_INFINITY;
            }
        }
        double[] dist = new double[n];
        boolean[] done = new boolean[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[0] = 0;
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
        return dist[1] == Double.POSITIVE_INFINITY ? Double.NaN : dist[1];
    }
}
