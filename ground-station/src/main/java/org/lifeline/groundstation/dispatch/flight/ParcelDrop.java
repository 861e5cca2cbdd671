package org.lifeline.groundstation.dispatch.flight;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One parcel's drop as the agent is told it ({@code SET_DROP_PLAN}): the store's parcel id and
 * the mission item of the hold over its drop point, with the limits the agent's interlocks
 * judge the release by.
 *
 * @param parcelId          the store's parcel (delivery) id, e.g. {@code P-7KX3M9QF}
 * @param missionSeq        the hold waypoint's sequence on the vehicle (item 0 is home)
 * @param latitude          the drop point, degrees
 * @param longitude         the drop point, degrees
 * @param zoneRadiusMetres  how far from the drop point a release is allowed
 * @param minAltitudeMetres lowest release altitude above home
 * @param maxAltitudeMetres highest release altitude above home
 * @param maxGroundSpeed    highest ground speed at the release, m/s
 */
public record ParcelDrop(String parcelId, int missionSeq, double latitude, double longitude, double zoneRadiusMetres,
                         double minAltitudeMetres, double maxAltitudeMetres, double maxGroundSpeed) {

    public ParcelDrop {
        Objects.requireNonNull(parcelId, "parcelId");
        if (missionSeq < 1) {
            throw new IllegalArgumentException("missionSeq " + missionSeq + ": expected an item after home (1 or more)");
        }
        if (!(zoneRadiusMetres > 0) || !(maxGroundSpeed > 0) || !(minAltitudeMetres >= 0)
                || !(maxAltitudeMetres > minAltitudeMetres)) {
            throw new IllegalArgumentException("drop of " + parcelId + ": expected a positive zone radius and speed and "
                    + "0 <= min < max altitude, got " + zoneRadiusMetres + " m, " + maxGroundSpeed + " m/s, "
                    + minAltitudeMetres + ".." + maxAltitudeMetres + " m");
        }
    }

    /** The {@code SET_DROP_PLAN} arguments, as the agent reads them. */
    public Map<String, String> args() {
        return Map.of("parcelId", parcelId, "missionSeq", String.valueOf(missionSeq),
                "lat", String.valueOf(latitude), "lon", String.valueOf(longitude),
                "zoneRadius", String.valueOf(zoneRadiusMetres), "minAlt", String.valueOf(minAltitudeMetres),
                "maxAlt", String.valueOf(maxAltitudeMetres), "maxSpeed", String.valueOf(maxGroundSpeed));
    }

    /** One line: {@code P-7KX3M9QF at item 6 (34.068950,114.407850) within 5.0 m, 8.0..15.0 m, <= 1.0 m/s}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s at item %d (%.6f,%.6f) within %.1f m, %.1f..%.1f m above home, <= %.1f m/s",
                parcelId, missionSeq, latitude, longitude, zoneRadiusMetres, minAltitudeMetres, maxAltitudeMetres, maxGroundSpeed);
    }
}
