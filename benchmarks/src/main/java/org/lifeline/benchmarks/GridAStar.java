package org.lifeline.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The baseline: A* on an 8-connected grid of square cells over the same free space the
 * visibility-graph planner uses. A cell is free only if it lies wholly in the free space (no
 * boundary segment touches it and its centre is inside), and a diagonal step needs both
 * orthogonal neighbours free, so every grid path is a valid path — hence never shorter than
 * the exact one. Octile-distance heuristic.
 */
final class GridAStar {

    private final double cell;
    private final double x0;
    private final double y0;
    private final int cols;
    private final int rows;
    private final BitSet blocked;

    GridAStar(Geometry free, double cell) {
        this.cell = cell;
        Envelope e = free.getEnvelopeInternal();
        this.x0 = e.getMinX();
        this.y0 = e.getMinY();
        this.cols = (int) Math.ceil(e.getWidth() / cell) + 1;
        this.rows = (int) Math.ceil(e.getHeight() / cell) + 1;
        this.blocked = new BitSet(cols * rows);
        List<double[]> edges = new ArrayList<>();
        for (int i = 0; i < free.getNumGeometries(); i++) {
            Polygon p = (Polygon) free.getGeometryN(i);
            addRing(p.getExteriorRing(), edges);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                addRing(p.getInteriorRingN(h), edges);
            }
        }
        fillOutside(edges);
        for (double[] s : edges) {
            supercover(s[0], s[1], s[2], s[3]);
        }
    }

    private static void addRing(LineString ring, List<double[]> edges) {
        Coordinate[] c = ring.getCoordinates();
        for (int i = 0; i + 1 < c.length; i++) {
            edges.add(new double[] {c[i].x, c[i].y, c[i + 1].x, c[i + 1].y});
        }
    }

    /** Even-odd scanline at each row's centre: cells whose centre is outside the free space are blocked. */
    private void fillOutside(List<double[]> edges) {
        double[][] crossings = new double[rows][];
        int[] counts = new int[rows];
        for (double[] s : edges) {
            double ya = Math.min(s[1], s[3]);
            double yb = Math.max(s[1], s[3]);
            int r0 = Math.max(0, (int) Math.ceil((ya - y0) / cell - 0.5));
            for (int r = r0; r < rows; r++) {
                double yc = y0 + (r + 0.5) * cell;
                if (yc >= yb) {
                    break;
                }
                if (yc < ya) {
                    continue;
                }
                double x = s[0] + (yc - s[1]) / (s[3] - s[1]) * (s[2] - s[0]);
                if (crossings[r] == null) {
                    crossings[r] = new double[8];
                } else if (counts[r] == crossings[r].length) {
                    crossings[r] = Arrays.copyOf(crossings[r], 2 * counts[r]);
                }
                crossings[r][counts[r]++] = x;
            }
        }
        for (int r = 0; r < rows; r++) {
            double[] xs = crossings[r] == null ? new double[0] : Arrays.copyOf(crossings[r], counts[r]);
            Arrays.sort(xs);
            int k = 0;
            boolean inside = false;
            for (int c = 0; c < cols; c++) {
                double xc = x0 + (c + 0.5) * cell;
                while (k < xs.length && xs[k] <= xc) {
                    inside = !inside;
                    k++;
                }
                if (!inside) {
                    blocked.set(r * cols + c);
                }
            }
        }
    }

    /** Blocks every cell a segment passes through (sampled at a quarter cell, plus its end cells' neighbours on corners). */
    private void supercover(double ax, double ay, double bx, double by) {
        double len = Math.hypot(bx - ax, by - ay);
        int steps = (int) Math.ceil(len / (cell / 4)) + 1;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double x = ax + t * (bx - ax);
            double y = ay + t * (by - ay);
            int c = (int) Math.floor((x - x0) / cell);
            int r = (int) Math.floor((y - y0) / cell);
            // a point within a hair of a cell edge blocks both cells
            for (int dr = -1; dr <= 1; dr++) {
                for (int dc = -1; dc <= 1; dc++) {
                    double cx0 = x0 + (c + dc) * cell;
                    double cy0 = y0 + (r + dr) * cell;
                    if (x >= cx0 - cell / 4 && x <= cx0 + cell + cell / 4 && y >= cy0 - cell / 4 && y <= cy0 + cell + cell / 4) {
                        block(c + dc, r + dr);
                    }
                }
            }
        }
    }

    private void block(int c, int r) {
        if (c >= 0 && r >= 0 && c < cols && r < rows) {
            blocked.set(r * cols + c);
        }
    }

    int cellCount() {
        return cols * rows;
    }

    /** The length of the grid path from a to b (including the hops to and from the cell centres), or NaN. */
    double length(Coordinate a, Coordinate b) {
        int ca = (int) ((a.x - x0) / cell);
        int ra = (int) ((a.y - y0) / cell);
        int cb = (int) ((b.x - x0) / cell);
        int rb = (int) ((b.y - y0) / cell);
        int start = ra * cols + ca;
        int goal = rb * cols + cb;
        if (blocked.get(start) || blocked.get(goal)) {
            return Double.NaN;
        }
        float[] g = new float[cols * rows];
        Arrays.fill(g, Float.POSITIVE_INFINITY);
        BitSet closed = new BitSet(cols * rows);
        Heap open = new Heap();
        g[start] = 0;
        open.push(octile(ca, ra, cb, rb), start);
        double diag = Math.sqrt(2) * cell;
        while (!open.isEmpty()) {
            int u = open.pop();
            if (closed.get(u)) {
                continue;
            }
            closed.set(u);
            if (u == goal) {
                double ax = x0 + (ca + 0.5) * cell;
                double ay = y0 + (ra + 0.5) * cell;
                double bx = x0 + (cb + 0.5) * cell;
                double by = y0 + (rb + 0.5) * cell;
                return g[goal] + Math.hypot(a.x - ax, a.y - ay) + Math.hypot(b.x - bx, b.y - by);
            }
            int uc = u % cols;
            int ur = u / cols;
            for (int dr = -1; dr <= 1; dr++) {
                for (int dc = -1; dc <= 1; dc++) {
                    if (dr == 0 && dc == 0) {
                        continue;
                    }
                    int vc = uc + dc;
                    int vr = ur + dr;
                    if (vc < 0 || vr < 0 || vc >= cols || vr >= rows) {
                        continue;
                    }
                    int v = vr * cols + vc;
                    if (blocked.get(v) || closed.get(v)) {
                        continue;
                    }
                    if (dr != 0 && dc != 0 && (blocked.get(ur * cols + vc) || blocked.get(vr * cols + uc))) {
                        continue;
                    }
                    double d = g[u] + (dr != 0 && dc != 0 ? diag : cell);
                    if (d < g[v]) {
                        g[v] = (float) d;
                        open.push(d + octile(vc, vr, cb, rb), v);
                    }
                }
            }
        }
        return Double.NaN;
    }

    private double octile(int c, int r, int cb, int rb) {
        int dx = Math.abs(c - cb);
        int dy = Math.abs(r - rb);
        return cell * (Math.max(dx, dy) + (Math.sqrt(2) - 1) * Math.min(dx, dy));
    }

    /** Binary min-heap of (key, cell). */
    private static final class Heap {
        private double[] keys = new double[1024];
        private int[] vals = new int[1024];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        void push(double k, int v) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, 2 * size);
                vals = Arrays.copyOf(vals, 2 * size);
            }
            int i = size++;
            while (i > 0 && keys[(i - 1) >>> 1] > k) {
                keys[i] = keys[(i - 1) >>> 1];
                vals[i] = vals[(i - 1) >>> 1];
                i = (i - 1) >>> 1;
            }
            keys[i] = k;
            vals[i] = v;
        }

        int pop() {
            int top = vals[0];
            double k = keys[--size];
            int v = vals[size];
            int i = 0;
            while (2 * i + 1 < size) {
                int c = 2 * i + 1;
                if (c + 1 < size && keys[c + 1] < keys[c]) {
                    c++;
                }
                if (keys[c] >= k) {
                    break;
                }
                keys[i] = keys[c];
                vals[i] = vals[c];
                i = c;
            }
            keys[i] = k;
            vals[i] = v;
            return top;
        }
    }
}
