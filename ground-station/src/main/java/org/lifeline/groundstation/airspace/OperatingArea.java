package org.lifeline.groundstation.airspace;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/** The inclusion polygon every flight stays inside (after shrinking by the safety margin). */
public record OperatingArea(String id, String name, Geometry area, TimeWindow validity) implements Zone {

    public OperatingArea {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(validity, "validity");
    }

    @Override
    public ZoneKind kind() {
        return ZoneKind.OPERATING_AREA;
    }
}
