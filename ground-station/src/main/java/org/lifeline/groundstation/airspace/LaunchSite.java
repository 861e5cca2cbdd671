package org.lifeline.groundstation.airspace;

import java.util.Objects;
import org.lifeline.plan.GeoPoint;

/** Where drones take off and return to. The position's altitude is 0 (ground). */
public record LaunchSite(String id, String name, GeoPoint position, TimeWindow validity) {

    public LaunchSite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(validity, "validity");
    }
}
