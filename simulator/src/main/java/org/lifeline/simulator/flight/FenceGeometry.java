package org.lifeline.simulator.flight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lifeline.plan.FenceCircle;
import org.lifeline.plan.FencePolygon;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;

/**
 * A geofence projected into the local frame, for a per-step breach test. Semantics follow
 * ArduPilot's polygon fence: the vehicle must be inside <em>every</em> inclusion zone and
 * outside every exclusion zone, and below the maximum altitude.
 */
public final class FenceGeometry {

    private record Polygon(boolean inclusion, double[] n, double[] e) {
    }

    private record Circle(boolean inclusion, double n, double e, double radius) {
    }

    private final List<Polygon> polygons = new ArrayList<>();
    private final List<Circle> circles = new ArrayList<>();
    private final double maxAltitude;

    /**
     * @param maxAltitude the altitude ceiling above home in metres (FENCE_ALT_MAX); infinite for none
     */
    public FenceGeometry(Geofence fence, LocalFrame frame, double maxAltitude) {
        for (FencePolygon p : fence.polygons()) {
            int k = p.vertices().size();
            double[] n = new double[k];
            double[] e = new double[k];
            for (int i = 0; i < k; i++) {
                GeoPoint v = p.vertices().get(i);
                n[i] = frame.north(v.latitude());
                e[i] = frame.east(v.longitude());
            }
            polygons.add(new Polygon(p.inclusion(), n, e));
        }
        for (FenceCircle c : fence.circles()) {
            circles.add(new Circle(c.inclusion(), frame.north(c.center().latitude()), frame.east(c.center().longitude()), c.radiusMetres()));
        }
        this.maxAltitude = maxAltitude;
    }

    public boolean hasZones() {
        return !polygons.isEmpty() || !circles.isEmpty();
    }

    /** The breach at this local position, or empty when the position is allowed. */
    public Optional<String> breach(double north, double east, double altitude) {
        if (altitude > maxAltitude) {
            return Optional.of("maximum altitude");
        }
        for (Polygon p : polygons) {
            boolean inside = contains(p, north, east);
            if (p.inclusion() && !inside) {
                return Optional.of("inclusion polygon");
            }
            if (!p.inclusion() && inside) {
                return Optional.of("exclusion polygon");
            }
        }
        for (Circle c : circles) {
            boolean inside = Math.hypot(north - c.n(), east - c.e()) <= c.radius();
            if (c.inclusion() && !inside) {
                return Optional.of("inclusion circle");
            }
            if (!c.inclusion() && inside) {
                return Optional.of("exclusion circle");
            }
        }
        return Optional.empty();
    }

    /** Even–odd ray casting. */
    private static boolean contains(Polygon p, double n, double e) {
        boolean inside = false;
        int k = p.n().length;
        for (int i = 0, j = k - 1; i < k; j = i++) {
            double ni = p.n()[i];
            double nj = p.n()[j];
            if ((ni > n) != (nj > n)) {
                double eCross = p.e()[i] + (n - ni) * (p.e()[j] - p.e()[i]) / (nj - ni);
                if (e < eCross) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
