package org.lifeline.groundstation.planning.route;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/** A zone to keep out of, as a polygon in local metres, with the id used to explain blockages. */
public record Obstacle(String id, Geometry area) {

    public Obstacle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(area, "area");
        if (!(area instanceof Polygonal)) {
            throw new IllegalArgumentException("obstacle " + id + " is a " + area.getGeometryType() + "; expected a polygon");
        }
    }
}
