package org.lifeline.groundstation.planning.route;

import java.util.Arrays;

/**
 * A cheap, sound test that a point is hidden from a viewpoint, used to skip the costly
 * visibility test for most far-away corners.
 *
 * <p>Each obstacle holds a disk strictly inside it. Seen from a viewpoint, a disk at distance D
 * with radius r hides everything farther than {@code D + r} within its angular extent: the
 * segment to such a point crosses the disk, i.e. the obstacle's interior. Directions are
 * binned by pseudo-angle; a bin records the nearest distance beyond which it is hidden, and
 * only bins lying wholly inside a disk's (slightly narrowed) extent are marked, so the test
 * never hides a visible point. In a field of obstacles nearly every direction is hidden
 * within a few obstacle spacings, which bounds the candidates per corner.
 */
final class Occlusion {

    private static final int BINS = 4096;
    private static final double BIN_WIDTH = 4.0 / BINS;

    private final double[] cx;
    private final double[] cy;
    private final double[] r;
    private final double[] reach = new double[BINS];
    private double vx;
    private double vy;

    Occlusion(double[] cx, double[] cy, double[] r) {
        this.cx = cx;
        this.cy = cy;
        this.r = r;
    }

    /** Sets the viewpoint; later {@link #hides} calls answer for it. Not thread-safe: one instance per thread. */
    Occlusion from(double x, double y) {
        vx = x;
        vy = y;
        Arrays.fill(reach, Double.POSITIVE_INFINITY);
        for (int i = 0; i < cx.length; i++) {
            double dx = cx[i] - x;
            double dy = cy[i] - y;
            double d2 = dx * dx + dy * dy;
            double rr = r[i] * 0.999;
            if (d2 <= rr * rr) {
                continue;
            }
            double d = Math.sqrt(d2);
            double sin = rr / d;
            double cos = Math.sqrt(1 - sin * sin);
            // the two tangent directions: (dx, dy) rotated by -alpha and +alpha
            double lo = pseudoAngle(dx * cos + dy * sin, -dx * sin + dy * cos);
            double hi = pseudoAngle(dx * cos - dy * sin, dx * sin + dy * cos);
            int first = (int) Math.ceil(lo / BIN_WIDTH);
            int last = (int) Math.floor(hi / BIN_WIDTH) - 1; // bins [k w, (k+1) w) wholly inside [lo, hi]
            if (hi < lo) {
                last += BINS; // the extent wraps through angle 0
            }
            double beyond = d + r[i];
            for (int k = first; k <= last; k++) {
                int bin = k % BINS;
                if (beyond < reach[bin]) {
                    reach[bin] = beyond;
                }
            }
        }
        return this;
    }

    /** Whether (x, y) is certainly not visible from the viewpoint. */
    boolean hides(double x, double y) {
        double dx = x - vx;
        double dy = y - vy;
        int bin = Math.min(BINS - 1, (int) (pseudoAngle(dx, dy) / BIN_WIDTH));
        double limit = reach[bin];
        return limit != Double.POSITIVE_INFINITY && dx * dx + dy * dy > limit * limit;
    }

    /** Whether every point of the box is certainly not visible from the viewpoint. */
    boolean hidesBox(double minX, double minY, double maxX, double maxY) {
        double nx = Math.max(minX, Math.min(vx, maxX)) - vx;
        double ny = Math.max(minY, Math.min(vy, maxY)) - vy;
        double near2 = nx * nx + ny * ny;
        if (near2 == 0) {
            return false;
        }
        double a0 = pseudoAngle(minX - vx, minY - vy);
        double a1 = pseudoAngle(maxX - vx, minY - vy);
        double a2 = pseudoAngle(minX - vx, maxY - vy);
        double a3 = pseudoAngle(maxX - vx, maxY - vy);
        double lo = Math.min(Math.min(a0, a1), Math.min(a2, a3));
        double hi = Math.max(Math.max(a0, a1), Math.max(a2, a3));
        if (hi - lo > 2) { // the box straddles angle 0: seen from outside it spans less than a half-turn
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (double a : new double[] {a0, a1, a2, a3}) {
                double w = a < 2 ? a + 4 : a;
                lo = Math.min(lo, w);
                hi = Math.max(hi, w);
            }
        }
        int first = (int) (lo / BIN_WIDTH);
        int last = (int) (hi / BIN_WIDTH);
        for (int k = first; k <= last; k++) {
            double limit = reach[k % BINS];
            if (limit == Double.POSITIVE_INFINITY || near2 <= limit * limit) {
                return false;
            }
        }
        return true;
    }

    /** A monotone stand-in for atan2 in [0, 4): cheaper, and enough for ordering directions. */
    static double pseudoAngle(double dx, double dy) {
        double p = dy / (Math.abs(dx) + Math.abs(dy));
        double a = dx < 0 ? 2 - p : (dy < 0 ? 4 + p : p);
        return a >= 4 ? 0 : a;
    }
}
