package org.lifeline.groundstation.planning.route;

import java.util.Arrays;
import java.util.stream.IntStream;
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
        CornerCells cells = new CornerCells(space.x, space.y);
        // Corners are independent given the read-only free space: spread them over the cores.
        int[][] found = new int[n][];
        ThreadLocal<Occlusion> occlusions = ThreadLocal.withInitial(space::occlusion);
        IntStream.range(0, n).parallel().forEach(u -> found[u] = visibleAfter(u, cells, occlusions.get()));
        int[][] adj = new int[n][];
        double[][] w = new double[n][];
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            adj[i] = new int[4];
            w[i] = new double[4];
        }
        int count = 0;
        for (int u = 0; u < n; u++) {
            for (int v : found[u]) {
                double d = Math.hypot(space.x[v] - space.x[u], space.y[v] - space.y[u]);
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

    /** The corners v > u joined to u by a graph edge. */
    private int[] visibleAfter(int u, CornerCells cells, Occlusion occlusion) {
        double[] x = space.x;
        double[] y = space.y;
        Coordinate a = new Coordinate(x[u], y[u]);
        Coordinate b = new Coordinate();
        int[] out = new int[8];
        int k = 0;
        occlusion.from(a.x, a.y);
        for (int c = 0; c < cells.count(); c++) {
            int[] members = cells.members(c);
            if (members.length == 0 || members[members.length - 1] <= u
                    || occlusion.hidesBox(cells.minX(c), cells.minY(c), cells.maxX(c), cells.maxY(c))) {
                continue;
            }
            for (int v : members) {
                if (v <= u || !space.isTangent(u, x[v], y[v]) || !space.isTangent(v, x[u], y[u])
                        || occlusion.hides(x[v], y[v])) {
                    continue;
                }
                b.x = x[v];
                b.y = y[v];
                if (space.grid.isClear(a, b)) {
                    if (k == out.length) {
                        out = Arrays.copyOf(out, 2 * k);
                    }
                    out[k++] = v;
                }
            }
        }
        return Arrays.copyOf(out, k);
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
