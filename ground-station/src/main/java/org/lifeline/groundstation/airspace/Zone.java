package org.lifeline.groundstation.airspace;

import org.locationtech.jts.geom.Geometry;

/**
 * A polygonal airspace feature. {@link #area()} is a {@code Polygon} or {@code MultiPolygon}
 * in geographic coordinates (x = longitude, y = latitude, degrees), valid in the JTS sense.
 */
public sealed interface Zone permits OperatingArea, NoFlyZone, QuarantineZone {

    /** The unique feature id from the file. */
    String id();

    /** A human-readable name; the id when the file gives none. */
    String name();

    ZoneKind kind();

    Geometry area();

    TimeWindow validity();
}
