package org.lifeline.groundstation.airspace;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * An exclusion polygon between {@code floorMetres} and {@code ceilingMetres} above ground.
 * Without limits in the file the zone reaches from the ground ({@code 0}) to
 * {@link Double#POSITIVE_INFINITY}. A zone whose ceiling is below the flight altitude can be
 * overflown; one whose floor is above it can be flown under.
 */
public record NoFlyZone(String id, String name, Geometry area, double floorMetres, double ceilingMetres,
                        TimeWindow validity) implements Zone {

    public NoFlyZone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(validity, "validity");
        if (!(floorMetres <= ceilingMetres)) {
            throw new IllegalArgumentException("floor " + floorMetres + " m is above ceiling " + ceilingMetres + " m");
        }
    }

    @Override
    public ZoneKind kind() {
        return ZoneKind.NO_FLY;
    }

    /** Whether a flight at {@code altitudeMetres} above ground must go around this zone. */
    public boolean blocksAltitude(double altitudeMetres) {
        return altitudeMetres >= floorMetres && altitudeMetres <= ceilingMetres;
    }
}
