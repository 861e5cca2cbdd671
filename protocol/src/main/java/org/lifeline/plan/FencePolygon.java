package org.lifeline.plan;

import java.util.List;

/**
 * A geofence polygon: the vehicle must stay inside an inclusion polygon and outside an
 * exclusion polygon. Vertices are not repeated at the end (MAVLink sends each vertex once).
 */
public record FencePolygon(boolean inclusion, List<GeoPoint> vertices) {

    public FencePolygon {
        vertices = List.copyOf(vertices);
        if (vertices.size() < 3) {
            throw new IllegalArgumentException("a fence polygon needs at least 3 vertices, got " + vertices.size());
        }
    }
}
