package org.lifeline.groundstation.dispatch.request;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the parcel goes, after the airspace check.
 *
 * @param dropPointId the airspace drop point, empty for a point given by coordinates
 * @param name        the drop point's name, or "lat,lon" for a point given by coordinates
 * @param latitude    degrees
 * @param longitude   degrees
 */
public record DropTarget(Optional<String> dropPointId, String name, double latitude, double longitude) {

    public DropTarget {
        Objects.requireNonNull(dropPointId, "dropPointId");
        Objects.requireNonNull(name, "name");
    }
}
