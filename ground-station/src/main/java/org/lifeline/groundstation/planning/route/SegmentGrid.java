package org.lifeline.groundstation.planning.route;

import java.util.Arrays;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;

/**
 * The boundary segments of the free space in a uniform grid, answering "does the straight
 * segment ab stay in the free space?" — the visibility test, run millions of times while the
 * graph is built.
 *
 * <p>Why a grid rather than an STRtree: most candidate segments are blocked close to one end,
 * and a grid walked cell by cell from {@code a} (Amanatides–Woo traversal) stops at the first
 * proper crossing, so a blocked long segment costs about as much as a short one; a tree query
 * must first collect every boundary segment in the long segment's envelope.
 *
 * <p>Exactness: a proper crossing of a boundary segment means blocked. Other contacts (through
 * a vertex, along an edge) split ab into pieces that meet no boundary inside; each piece is
 * wholly inside, outside or on the boundary, so its midpoint decides. Orientation tests are
 * JTS's robust ones.
 */
final class SegmentGrid {

    private final double minX;
    private final double minY;
    private final double cell;
    private final int cols;
    private final int rows;
    private final int[][] cells;
    private final double[] seg; // x0 y0 x1 y1 per segment
    private final PointOnGeometryLocator locator;

    SegmentGrid(double[] segments, Envelope extent, PointOnGeometryLocator freeSpaceLocator) {
        this.seg = segments;
        this.locator = freeSpaceLocator;
        int n = segments.length / 4;
        double w = Math.max(extent.getWidth(), 1);
        double h = Math.max(extent.getHeight(), 1);
        double c = Math.sqrt(w * h / Math.max(1, n / 2.0));
        this.cell = Math.max(c, 1e-3);
        this.minX = extent.getMinX() - cell;
        this.minY = extent.getMinY() - cell;
        this.cols = (int) Math.ceil((w + 2 * cell) / cell) + 1;
        this.rows = (int) Math.ceil((h + 2 * cell) / cell) + 1;
        int[] counts = new int[cols * rows];
        forEachCell(segments, (s, k) -> counts[k]++);
        this.cells = new int[cols * rows][];
        for (int k = 0; k < cells.length; k++) {
            cells[k] = new int[counts[k]];
        }
        int[] fill = new int[cells.length];
        forEachCell(segments, (s, k) -> cells[k][fill[k]++] = s);
    }

    private interface CellVisitor {
        void visit(int segment, int cell);
    }

    /** Every cell overlapped by a segment's envelope, slightly grown so a corner-grazing walk still meets it. */
    private void forEachCell(double[] s, CellVisitor v) {
        double eps = cell * 1e-9;
        for (int i = 0; i < s.length / 4; i++) {
            int c0 = col(Math.min(s[4 * i], s[4 * i + 2]) - eps);
            int c1 = col(Math.max(s[4 * i], s[4 * i + 2]) + eps);
            int r0 = row(Math.min(s[4 * i + 1], s[4 * i + 3]) - eps);
            int r1 = row(Math.max(s[4 * i + 1], s[4 * i + 3]) + eps);
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    v.visit(i, r * cols + c);
                }
            }
        }
    }

    private int col(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor((x - minX) / cell)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - minY) / cell)));
    }

    /** Whether the closed segment ab lies in the (closed) free space. */
    boolean isClear(Coordinate a, Coordinate b) {
        LineIntersector li = new RobustLineIntersector();
        Coordinate p = new Coordinate();
        Coordinate q = new Coordinate();
        double[] touches = new double[8];
        int nTouches = 0;
        double[] along = new double[4]; // pieces of ab that run along a boundary segment: t0 t1 pairs
        int nAlong = 0;
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double len2 = dx * dx + dy * dy;
        // Amanatides–Woo grid walk from a to b
        int cx = col(a.x);
        int cy = row(a.y);
        int ex = col(b.x);
        int ey = row(b.y);
        int stepX = dx > 0 ? 1 : dx < 0 ? -1 : 0;
        int stepY = dy > 0 ? 1 : dy < 0 ? -1 : 0;
        double tMaxX = stepX == 0 ? Double.POSITIVE_INFINITY
                : ((minX + (cx + (stepX > 0 ? 1 : 0)) * cell) - a.x) / dx;
        double tMaxY = stepY == 0 ? Double.POSITIVE_INFINITY
                : ((minY + (cy + (stepY > 0 ? 1 : 0)) * cell) - a.y) / dy;
        double tDeltaX = stepX == 0 ? Double.POSITIVE_INFINITY : cell / Math.abs(dx);
        double tDeltaY = stepY == 0 ? Double.POSITIVE_INFINITY : cell / Math.abs(dy);
        int guard = cols + rows + 4;
        while (true) {
            for (int s : cells[cy * cols + cx]) {
                double sx = seg[4 * s];
                double sy = seg[4 * s + 1];
                double tx = seg[4 * s + 2];
                double ty = seg[4 * s + 3];
                int fast = fastCrossing(a.x, a.y, dx, dy, sx, sy, tx, ty);
                if (fast == DISJOINT) {
                    continue;
                }
                if (fast == PROPER) {
                    return false;
                }
                p.x = sx;
                p.y = sy;
                q.x = tx;
                q.y = ty;
                li.computeIntersection(a, b, p, q);
                if (!li.hasIntersection()) {
                    // A boundary vertex within rounding of ab still splits it: otherwise a piece
                    // that grazes a corner and then runs inside an obstacle would be judged by a
                    // midpoint that rounding can put on either side of the boundary.
                    if (nTouches + 2 > touches.length) {
                        touches = Arrays.copyOf(touches, 2 * touches.length);
                    }
                    nTouches = nearVertex(a, dx, dy, len2, sx, sy, touches, nTouches);
                    nTouches = nearVertex(a, dx, dy, len2, tx, ty, touches, nTouches);
                    continue;
                }
                if (li.isProper()) {
                    return false;
                }
                for (int k = 0; k < li.getIntersectionNum(); k++) {
                    Coordinate x = li.getIntersection(k);
                    if (nTouches == touches.length) {
                        touches = Arrays.copyOf(touches, 2 * nTouches);
                    }
                    touches[nTouches++] = len2 == 0 ? 0 : ((x.x - a.x) * dx + (x.y - a.y) * dy) / len2;
                }
                if (li.getIntersectionNum() == 2) {
                    if (nAlong == along.length) {
                        along = Arrays.copyOf(along, 2 * nAlong);
                    }
                    double t0 = touches[nTouches - 2];
                    double t1 = touches[nTouches - 1];
                    along[nAlong++] = Math.min(t0, t1);
                    along[nAlong++] = Math.max(t0, t1);
                }
            }
            if ((cx == ex && cy == ey) || --guard < 0) {
                break;
            }
            if (tMaxX < tMaxY) {
                tMaxX += tDeltaX;
                cx += stepX;
            } else {
                tMaxY += tDeltaY;
                cy += stepY;
            }
            if (cx < 0 || cy < 0 || cx >= cols || cy >= rows) {
                break;
            }
        }
        return piecesInside(a, dx, dy, touches, nTouches, along, nAlong);
    }

    /**
     * Whether every piece between consecutive contacts is inside. A piece that runs along a
     * boundary segment is on the boundary, hence allowed; it is not tested by its midpoint,
     * which rounding can put a hair outside.
     */
    /** Adds the parameter of vertex (vx, vy) along ab if the vertex lies within rounding of ab's interior. */
    private static int nearVertex(Coordinate a, double dx, double dy, double len2, double vx, double vy,
                                  double[] touches, int n) {
        if (len2 == 0) {
            return n;
        }
        double t = ((vx - a.x) * dx + (vy - a.y) * dy) / len2;
        if (t <= 0 || t >= 1) {
            return n;
        }
        double off = Math.abs(dx * (vy - a.y) - dy * (vx - a.x)) / Math.sqrt(len2);
        if (off > 1e-9 * Math.sqrt(len2)) {
            return n;
        }
        touches[n] = t;
        return n + 1;
    }

    private static final int DISJOINT = 0;
    private static final int PROPER = 1;
    private static final int UNSURE = 2;

    /**
     * A floating-point filter in front of the robust intersector: decides the clear-cut cases
     * (the segments are far from touching, or cross well inside both) and leaves near-degenerate
     * ones, where rounding could matter, to {@link RobustLineIntersector}.
     */
    private static int fastCrossing(double ax, double ay, double dx, double dy,
                                    double sx, double sy, double tx, double ty) {
        double ex = tx - sx;
        double ey = ty - sy;
        double o1 = dx * (sy - ay) - dy * (sx - ax); // side of s relative to ab
        double o2 = dx * (ty - ay) - dy * (tx - ax); // side of t relative to ab
        double tolAb = 1e-9 * (Math.abs(dx) + Math.abs(dy))
                * (Math.abs(sx - ax) + Math.abs(sy - ay) + Math.abs(tx - ax) + Math.abs(ty - ay));
        if ((o1 > tolAb && o2 > tolAb) || (o1 < -tolAb && o2 < -tolAb)) {
            return DISJOINT;
        }
        double bx = ax + dx;
        double by = ay + dy;
        double o3 = ex * (ay - sy) - ey * (ax - sx); // side of a relative to st
        double o4 = ex * (by - sy) - ey * (bx - sx); // side of b relative to st
        double tolSt = 1e-9 * (Math.abs(ex) + Math.abs(ey))
                * (Math.abs(ax - sx) + Math.abs(ay - sy) + Math.abs(bx - sx) + Math.abs(by - sy));
        if ((o3 > tolSt && o4 > tolSt) || (o3 < -tolSt && o4 < -tolSt)) {
            return DISJOINT;
        }
        boolean abClear = Math.abs(o1) > tolAb && Math.abs(o2) > tolAb;
        boolean stClear = Math.abs(o3) > tolSt && Math.abs(o4) > tolSt;
        return abClear && stClear ? PROPER : UNSURE;
    }

    private boolean piecesInside(Coordinate a, double dx, double dy, double[] touches, int n, double[] along, int nAlong) {
        double[] t = Arrays.copyOf(touches, n + 2);
        t[n] = 0;
        t[n + 1] = 1;
        Arrays.sort(t);
        Coordinate mid = new Coordinate();
        for (int i = 1; i < t.length; i++) {
            double t0 = Math.max(0, t[i - 1]);
            double t1 = Math.min(1, t[i]);
            if (t1 - t0 <= 1e-12) {
                continue;
            }
            double tm = (t0 + t1) / 2;
            if (isAlongBoundary(tm, along, nAlong)) {
                continue;
            }
            mid.x = a.x + tm * dx;
            mid.y = a.y + tm * dy;
            if (locator.locate(mid) == Location.EXTERIOR) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlongBoundary(double t, double[] along, int n) {
        for (int i = 0; i < n; i += 2) {
            if (t >= along[i] && t <= along[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
