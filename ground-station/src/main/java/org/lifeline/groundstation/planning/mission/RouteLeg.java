package org.lifeline.groundstation.planning.mission;

import java.util.List;

import org.lifeline.groundstation.planning.altitude.LegAltitudes;
import org.lifeline.plan.GeoPoint;

/**
 * One leg of a delivery route, stop to stop, with its altitude profile.
 *
 * @param name      e.g. "launch-north → school-gate"
 * @param points    route points (latitude/longitude) from the leg's first stop to its last, both included
 * @param altitudes the altitude at each point
 */
public record RouteLeg(String name, List<GeoPoint> points, LegAltitudes altitudes) {

    public RouteLeg {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("leg " + name + " needs at least 2 points, got " + points.size());
        }
        if (altitudes.vertexAltitudes().size() != points.size()) {
            throw new IllegalArgumentException("leg " + name + " has " + points.size() + " points but "
                    + altitudes.vertexAltitudes().size() + " altitudes");
        }
    }

    /** Altitude at point {@code i}. */
    public double altitudeAt(int i) {
        return altitudes.vertexAltitudes().get(i);
    }
}
