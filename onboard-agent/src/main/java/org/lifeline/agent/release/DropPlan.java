package org.lifeline.agent.release;

import java.util.Objects;

/**
 * Where and how one parcel may be released: the drop point, the radius of the zone around it
 * that counts as "over the doorstep", the altitude window (metres above home) and the
 * ground-speed limit, and the mission item (the hold waypoint) at which the drop happens.
 *
 * @param parcelId          the parcel's id (printed in its QR code)
 * @param missionSeq        sequence number of the hold waypoint over the drop point
 * @param latitude          drop point latitude, degrees
 * @param longitude         drop point longitude, degrees
 * @param zoneRadiusMetres  horizontal distance from the drop point within which release is allowed
 * @param minAltitudeMetres lowest allowed altitude above home
 * @param maxAltitudeMetres highest allowed altitude above home
 * @param maxGroundSpeed    highest allowed ground speed, m/s
 */
public record DropPlan(String parcelId, int missionSeq, double latitude, double longitude,
                       double zoneRadiusMetres, double minAltitudeMetres, double maxAltitudeMetres,
                       double maxGroundSpeed) {

    public DropPlan {
        Objects.requireNonNull(parcelId, "parcelId");
        if (parcelId.isBlank()) {
            throw new IllegalArgumentException("parcelId is blank: expected the parcel's id");
        }
        if (missionSeq < 0) {
            throw new IllegalArgumentException("missionSeq " + missionSeq + " is negative");
        }
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("drop point " + latitude + "," + longitude + " is not a valid latitude,longitude");
        }
        if (!(zoneRadiusMetres > 0)) {
            throw new IllegalArgumentException("zoneRadiusMetres " + zoneRadiusMetres + " is not a positive distance");
        }
        if (!(minAltitudeMetres >= 0) || !(maxAltitudeMetres > minAltitudeMetres)) {
            throw new IllegalArgumentException("altitude window " + minAltitudeMetres + ".." + maxAltitudeMetres
                    + " m is not a window above home with min < max");
        }
        if (!(maxGroundSpeed > 0)) {
            throw new IllegalArgumentException("maxGroundSpeed " + maxGroundSpeed + " is not a positive speed");
        }
    }
}
