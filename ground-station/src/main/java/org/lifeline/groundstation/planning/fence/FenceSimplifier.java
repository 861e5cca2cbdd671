package org.lifeline.groundstation.planning.fence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.algorithm.MinimumAreaRectangle;
import org.locationtech.jts.algorithm.MinimumBoundingCircle;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * One-sided simplification of fence polygons. Each method returns a <em>ladder</em>: shapes in
 * decreasing cost (fence items), each cheaper than the one before and each verified against
 * the original with a JTS predicate before it is offered:
 * <ul>
 *   <li>an exclusion rung {@code covers} the zone: the zone grown by {@code d} metres and
 *       simplified with tolerance {@code d} (Douglas-Peucker moves the boundary by at most
 *       {@code d}, so it stays outside the zone), the convex hull and its simplified buffers, the
 *       minimum-area rectangle, and the minimum bounding circle (one item);</li>
 *   <li>an inclusion rung is {@code within} the area: the area shrunk by {@code d} and
 *       simplified with tolerance {@code d}.</li>
 * </ul>
 * A candidate that fails its predicate (floating point at a corner, a buffer that split) is
 * dropped, never repaired by hand, so no rung can cut into a zone or reach outside the area.
 */
public final class FenceSimplifier {

    /** Grow/shrink distances tried, metres: from hugging the zone to coarse. */
    static final double[] TOLERANCES = {0.5, 1, 2, 4, 8, 15, 25, 40, 60, 100, 150, 250, 400};

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final int QUADRANT_SEGMENTS = 2;

    private FenceSimplifier() {
    }

    /** Shapes that cover {@code zone}, most to fewest items; the first is the zone's own outline. */
    public static List<FenceShape> exclusionLadder(Polygon zone) {
        Polygon shell = shell(zone);
        List<FenceShape> candidates = new ArrayList<>();
        candidates.add(new FenceShape.Ring(shell));
        for (double d : TOLERANCES) {
            addIfCovers(candidates, grownAndSimplified(shell, d), zone);
        }
        Geometry hull = zone.convexHull();
        if (hull instanceof Polygon h) {
            addIfCovers(candidates, h, zone);
            for (double d : TOLERANCES) {
                addIfCovers(candidates, grownAndSimplified(h, d), zone);
            }
        }
        Geometry rect = MinimumAreaRectangle.getMinimumRectangle(zone);
        if (rect instanceof Polygon r) {
            addIfCovers(candidates, r, zone);
            BufferParameters mitre = new BufferParameters(1, BufferParameters.CAP_FLAT, BufferParameters.JOIN_MITRE, 10);
            if (BufferOp.bufferOp(r, 0.01, mitre) instanceof Polygon grown) {
                addIfCovers(candidates, grown, zone);
            }
        }
        MinimumBoundingCircle mbc = new MinimumBoundingCircle(zone);
        if (mbc.getCentre() != null && mbc.getRadius() > 0) {
            FenceShape.Circle circle = new FenceShape.Circle(mbc.getCentre(), mbc.getRadius() * (1 + 1e-9) + 0.01);
            if (circle.covers(zone)) {
                candidates.add(circle);
            }
        }
        return ladder(candidates, Comparator.comparingDouble(FenceShape::area));
    }

    /**
     * Shapes within {@code area}'s outer ring, most to fewest items; the first is that ring
     * itself. A fence polygon has no holes: the area's holes are fenced as exclusions of their
     * own (see {@link FencePlanner}), so the inclusion only has to stay inside the outer ring.
     */
    public static List<FenceShape> inclusionLadder(Polygon area) {
        List<FenceShape> candidates = new ArrayList<>();
        Polygon shell = shell(area);
        candidates.add(new FenceShape.Ring(shell));
        for (double d : TOLERANCES) {
            Geometry shrunk = shell.buffer(-d, QUADRANT_SEGMENTS);
            Geometry simplified = DouglasPeuckerSimplifier.simplify(shrunk, d);
            if (simplified instanceof Polygon p && !p.isEmpty() && p.isValid()) {
                Polygon candidate = shell(p);
                if (candidate.within(shell) && candidate.getExteriorRing().getNumPoints() >= 4) {
                    candidates.add(new FenceShape.Ring(candidate));
                }
            }
        }
        return ladder(candidates, Comparator.comparingDouble((FenceShape s) -> s.area()).reversed());
    }

    /** The tightest exclusion of at most {@code maxItems} items, if any. */
    public static Optional<FenceShape> exclusionWithin(Polygon zone, int maxItems) {
        return exclusionLadder(zone).stream().filter(s -> s.cost() <= maxItems).findFirst();
    }

    /** The inclusion of at most {@code maxItems} items that keeps most of the area, if any. */
    public static Optional<FenceShape> inclusionWithin(Polygon area, int maxItems) {
        return inclusionLadder(area).stream().filter(s -> s.cost() <= maxItems).findFirst();
    }

    private static Polygon grownAndSimplified(Polygon p, double d) {
        Geometry grown = p.buffer(d, QUADRANT_SEGMENTS);
        Geometry simplified = DouglasPeuckerSimplifier.simplify(grown, d);
        return simplified instanceof Polygon s && !s.isEmpty() ? shell(s) : null;
    }

    private static void addIfCovers(List<FenceShape> out, Polygon candidate, Polygon zone) {
        if (candidate != null && candidate.isValid() && candidate.getExteriorRing().getNumPoints() >= 4
                && candidate.covers(zone)) {
            out.add(new FenceShape.Ring(candidate));
        }
    }

    /** The polygon bounded by {@code p}'s exterior ring alone. */
    static Polygon shell(Polygon p) {
        if (p.getNumInteriorRing() == 0) {
            return p;
        }
        LinearRing ring = GEOMETRY.createLinearRing(p.getExteriorRing().getCoordinates());
        return GEOMETRY.createPolygon(ring);
    }

    /**
     * Orders candidates by cost descending, keeping at each cost the best by {@code better}, and
     * drops any rung that a cheaper rung beats or equals.
     */
    private static List<FenceShape> ladder(List<FenceShape> candidates, Comparator<FenceShape> better) {
        List<FenceShape> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(FenceShape::cost).thenComparing(better));
        List<FenceShape> cheapestFirst = new ArrayList<>();
        for (FenceShape s : sorted) {
            if (cheapestFirst.isEmpty()) {
                cheapestFirst.add(s);
                continue;
            }
            FenceShape prev = cheapestFirst.get(cheapestFirst.size() - 1);
            if (s.cost() > prev.cost() && better.compare(s, prev) < 0) {
                cheapestFirst.add(s);
            }
        }
        List<FenceShape> out = new ArrayList<>(cheapestFirst);
        Collections.reverse(out);
        return out;
    }
}
