package org.lifeline.groundstation.geo;

import java.util.ArrayList;
import java.util.List;

import org.lifeline.plan.FenceCircle;
import org.lifeline.plan.FencePolygon;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The signed margin of a position to a geofence: how far the vehicle may still go before it
 * breaches the fence, in metres. Positive inside an inclusion and outside an exclusion, negative
 * when breached; with several fences, the smallest (ArduPilot's default: the vehicle must be
 * inside every inclusion and outside every exclusion). Used for one live position (the
 * dashboard's fence alarm) and for every sample of a recorded track (the flight report).
 *
 * <p>The fence is projected once, on a {@link LocalProjection} centred on the fence, and each
 * position is measured in that plane: accurate to centimetres for a fence a few kilometres
 * across (see {@link LocalProjection} for the bound). A point on a polygon's edge has margin 0.
 */
public final class FenceMargin {

    private record Ring(boolean inclusion, Coordinate[] closed) {
    }

    private record Circle(boolean inclusion, Coordinate centre, double radius) {
    }

    private final LocalProjection projection;
    private final List<Ring> rings = new ArrayList<>();
    private final List<Circle> circles = new ArrayList<>();

    private FenceMargin(Geofence fence) {
        Envelope e = new Envelope();
        fence.polygons().forEach(p -> p.vertices().forEach(v -> e.expandToInclude(v.longitude(), v.latitude())));
        fence.circles().forEach(c -> e.expandToInclude(c.center().longitude(), c.center().latitude()));
        this.projection = e.isNull() ? null : new LocalProjection(e.centre().y, e.centre().x);
        for (FencePolygon p : fence.polygons()) {
            List<GeoPoint> v = p.vertices();
            Coordinate[] ring = new Coordinate[v.size() + 1];
            for (int i = 0; i < v.size(); i++) {
                ring[i] = projection.toLocal(v.get(i));
            }
            ring[v.size()] = ring[0];
            rings.add(new Ring(p.inclusion(), ring));
        }
        for (FenceCircle c : fence.circles()) {
            circles.add(new Circle(c.inclusion(), projection.toLocal(c.center()), c.radiusMetres()));
        }
    }

    /**
     * A fence prepared for measuring many positions.
     *
     * @throws IllegalArgumentException for a fence centred beyond ±85° latitude (no local plane)
     */
    public static FenceMargin of(Geofence fence) {
        return new FenceMargin(fence);
    }

    /** The margin of one position; {@link Double#POSITIVE_INFINITY} for an empty fence. */
    public static double metres(Geofence fence, double latitude, double longitude) {
        return of(fence).at(latitude, longitude);
    }

    /**
     * The margin of a position and the kind of fence it is measured to.
     *
     * @param metres    how far the position may still go: negative when the fence is breached,
     *                  {@link Double#POSITIVE_INFINITY} when there is no fence
     * @param inclusion whether the nearest limit is an inclusion (keep inside) rather than an
     *                  exclusion (keep out); true when there is no fence
     */
    public record Margin(double metres, boolean inclusion) {
    }

    /**
     * Metres the position at {@code latitude}, {@code longitude} (degrees) may still go before
     * the fence: negative when it is outside an inclusion or inside an exclusion, and
     * {@link Double#POSITIVE_INFINITY} when the fence is empty.
     */
    public double at(double latitude, double longitude) {
        return nearest(latitude, longitude).metres();
    }

    /** The margin of a position to the fence that limits it most, with that fence's kind. */
    public Margin nearest(double latitude, double longitude) {
        Margin worst = new Margin(Double.POSITIVE_INFINITY, true);
        if (projection == null) {
            return worst;
        }
        Coordinate p = projection.toLocal(latitude, longitude);
        for (Ring r : rings) {
            double d = Distance.pointToSegmentString(p, r.closed());
            boolean inside = PointLocation.isInRing(p, r.closed());
            worst = smaller(worst, inside == r.inclusion() ? d : -d, r.inclusion());
        }
        for (Circle c : circles) {
            double d = p.distance(c.centre());
            worst = smaller(worst, c.inclusion() ? c.radius() - d : d - c.radius(), c.inclusion());
        }
        return worst;
    }

    private static Margin smaller(Margin worst, double metres, boolean inclusion) {
        return metres < worst.metres() ? new Margin(metres, inclusion) : worst;
    }
}
