package org.lifeline.groundstation.planning.route;

import java.util.List;
import org.lifeline.plan.GeoPoint;

/**
 * A planned route: the waypoints from the first stop to the last (each stop and each corner
 * once, altitude = the cruise altitude above ground), its length in metres (in the local
 * projection; across a 50 km wide area each segment is within 0.2 m of its geodesic length), and its legs.
 */
public record Route(List<GeoPoint> points, double lengthMetres, List<RouteLeg> legs) {

    public Route {
        points = List.copyOf(points);
        legs = List.copyOf(legs);
    }
}
