package org.lifeline.plan;

import java.util.List;

/** The geofence of a plan: polygons and circles, each inclusion or exclusion. */
public record Geofence(List<FencePolygon> polygons, List<FenceCircle> circles) {

    public Geofence {
        polygons = List.copyOf(polygons);
        circles = List.copyOf(circles);
    }

    public static Geofence none() {
        return new Geofence(List.of(), List.of());
    }

    public boolean isEmpty() {
        return polygons.isEmpty() && circles.isEmpty();
    }
}
