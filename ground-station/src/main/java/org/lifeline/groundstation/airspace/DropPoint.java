package org.lifeline.groundstation.airspace;

import java.util.Objects;
import java.util.OptionalDouble;
import org.lifeline.plan.GeoPoint;

/**
 * Where a parcel may be released. {@code zoneRadiusMetres} is the radius around the point in
 * which the release interlock accepts the vehicle's position and {@code dropAltitudeMetres}
 * the release altitude above ground; both are empty when the file leaves them to the mission
 * defaults.
 */
public record DropPoint(String id, String name, GeoPoint position, OptionalDouble zoneRadiusMetres,
                        OptionalDouble dropAltitudeMetres, TimeWindow validity) {

    public DropPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(zoneRadiusMetres, "zoneRadiusMetres");
        Objects.requireNonNull(dropAltitudeMetres, "dropAltitudeMetres");
        Objects.requireNonNull(validity, "validity");
        zoneRadiusMetres.ifPresent(r -> {
            if (!(r > 0)) {
                throw new IllegalArgumentException("zoneRadius " + r + " is not positive");
            }
        });
    }
}
