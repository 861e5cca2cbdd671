package org.lifeline.groundstation.planning.altitude;

import java.util.Objects;

import org.locationtech.jts.geom.Geometry;

/**
 * A block of airspace a route may not pass through: over {@code footprint} (local metres), no
 * altitude from {@code bottom} up to {@code top} is allowed. The bounds already include any
 * vertical safety margin; a block that reaches the ground has {@code bottom} = negative
 * infinity and one without a ceiling has {@code top} = positive infinity.
 *
 * @param zoneId    the zone the block comes from, named in conflicts
 * @param footprint the zone's area in the local metric frame
 * @param bottom    lowest forbidden altitude (m above launch)
 * @param top       highest forbidden altitude; flying at exactly {@code top} is allowed
 */
public record VerticalLimit(String zoneId, Geometry footprint, double bottom, double top) {

    public VerticalLimit {
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(footprint, "footprint");
        if (!(bottom < top)) {
            throw new IllegalArgumentException("zone " + zoneId + ": forbidden block needs bottom < top, got "
                    + bottom + " .. " + top);
        }
    }

    /** Forbids every altitude from the ground up to {@code minimum}: a quarantine zone's overflight rule. */
    public static VerticalLimit minimumOverflight(String zoneId, Geometry footprint, double minimum) {
        return new VerticalLimit(zoneId, footprint, Double.NEGATIVE_INFINITY, minimum);
    }

    /** Whether flying at {@code altitude} over this footprint is forbidden. */
    public boolean forbids(double altitude) {
        return altitude >= bottom && altitude < top;
    }
}
