package org.lifeline.groundstation.dispatch.request;

import java.util.Locale;
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

    /** The drop's id in sortie plans and drop tokens: the drop point's id, or the coordinates as text. */
    public String planId() {
        return dropPointId.orElse(name);
    }

    /**
     * How people read it on a label or a phone: the drop point's name, or for a drop given by
     * coordinates the coordinates with their hemispheres, {@code 34.080500° N, 114.401500° E}.
     */
    public String displayName() {
        if (dropPointId.isPresent()) {
            return name;
        }
        return String.format(Locale.ROOT, "%.6f° %s, %.6f° %s", Math.abs(latitude), latitude < 0 ? "S" : "N",
                Math.abs(longitude), longitude < 0 ? "W" : "E");
    }
}
