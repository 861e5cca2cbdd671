package org.lifeline.groundstation.planning.route;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;

/**
 * The reduced visibility graph of a {@link FreeSpace}: its vertices are the convex obstacle
 * corners (reflex corners of the free space), its edges the segments between two corners
 * that stay in the free space and are tangent to the obstacle at both ends. A shortest path
 * between two points bends only at such corners and follows only such edges (Lozano-Pérez
 * and Wesley, 1979), so dropping the others loses nothing and removes most candidates before
 * the costly visibility test.
 */
final class VisibilityGraph {

    final FreeSpace space;
    final int[][] adjacency;
    final double[][] weights;
    private final int edges;

    VisibilityGraph(FreeSpace space) {
        this.space = space;
        int n = space.cornerCount();
        int[][] adj = new int[n][];
        double[][] w = new double[n][];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            adj[i] = new int[4];
            w[i] = new double[4];
        }
        Coordinate a = new Coordinate();
        Coordinate b = new Coordinate();
        int count = 0;
        double[] x = space.x;
        double[] y = space.y;
        for (int u = 0; u < n; u++) {
            a.x = x[u];
            a.y = y[u];
            for (int v = u + 1; v < n; v++) {
                if (!space.isTangent(u, x[v], y[v]) || !space.isTangent(v, x[u], y[u])) {
                    continue;
                }
                b.x = x[v];
                b.y = y[v];
                if (!space.grid.isClear(a, b)) {
                    continue;
                }
                double d = Math.hypot(x[v] - x[u], y[v] - y[u]);
                add(adj, w, size, u, v, d);
                add(adj, w, size, v, u, d);
                count++;
            }
        }
        for (int i = 0; i < n; i++) {
            adj[i] = Arrays.copyOf(adj[i], size[i]);
            w[i] = Arrays.copyOf(w[i], size[i]);
        }
        this.adjacency = adj;
        this.weights = w;
        this.edges = count;
    }

    private static void add(int[][] adj, double[][] w, int[] size, int from, int to, double d) {
        if (size[from] == adj[from].length) {
            adj[from] = Arrays.copyOf(adj[from], 2 * size[from]);
            w[from] = Arrays.copyOf(w[from], 2 * size[from]);
        }
        adj[from][size[from]] = to;
        w[from][size[from]++] = d;
    }

    int nodeCount() {
        return adjacency.length;
    }

    int edgeCount() {
        return edges;
    }
}
