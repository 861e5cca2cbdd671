package org.lifeline.groundstation.planning.route;

import java.util.List;
import org.lifeline.plan.GeoPoint;

/** One leg of a tour, between two stops named by their feature ids. */
public record RouteLeg(String fromId, String toId, List<GeoPoint> points, double lengthMetres) {

    public RouteLeg {
        points = List.copyOf(points);
    }
}
