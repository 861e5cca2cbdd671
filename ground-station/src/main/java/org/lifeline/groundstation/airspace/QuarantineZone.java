package org.lifeline.groundstation.airspace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * A quarantine (lockdown) zone. When {@code destinations} is present, parcels are released
 * inside it only at the drop points it lists; when absent (the file gives none), every drop
 * point inside it may receive parcels. Flights that do not deliver into it treat it as an obstacle,
 * unless they fly at or above {@code minOverflightAltitudeMetres} ({@link
 * Double#POSITIVE_INFINITY} when the file allows no overflight).
 */
public record QuarantineZone(String id, String name, Geometry area, QuarantineLevel level, Optional<List<String>> destinations,
                             double minOverflightAltitudeMetres, TimeWindow validity) implements Zone {

    public QuarantineZone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(validity, "validity");
        destinations = Objects.requireNonNull(destinations, "destinations").map(List::copyOf);
        if (Double.isNaN(minOverflightAltitudeMetres)) {
            throw new IllegalArgumentException("minOverflightAltitude is NaN");
        }
    }

    /** A zone that lists {@code destinations} (only those may receive parcels). */
    public QuarantineZone(String id, String name, Geometry area, QuarantineLevel level, List<String> destinations,
                          double minOverflightAltitudeMetres, TimeWindow validity) {
        this(id, name, area, level, Optional.of(destinations), minOverflightAltitudeMetres, validity);
    }

    @Override
    public ZoneKind kind() {
        return ZoneKind.QUARANTINE_ZONE;
    }

    /** Whether a flight passing through at {@code altitudeMetres} must go around this zone. */
    public boolean blocksTransitAt(double altitudeMetres) {
        return altitudeMetres < minOverflightAltitudeMetres;
    }

    /**
     * Whether a parcel may be released at the drop point {@code dropPointId} inside this zone:
     * any drop point when the zone lists no destinations, otherwise only those listed.
     */
    public boolean allowsDropAt(String dropPointId) {
        return destinations.map(d -> d.contains(dropPointId)).orElse(true);
    }
}
