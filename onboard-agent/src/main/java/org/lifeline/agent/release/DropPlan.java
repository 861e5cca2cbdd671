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
 * @param minAltitudeMetres lowest allowed altitude, in {@code frame}
 * @param maxAltitudeMetres highest allowed altitude, in {@code frame}
 * @param maxGroundSpeed    highest allowed ground speed, m/s
 * @param frame             what the altitude window is measured from (the ground station's plans: home)
 */
public record DropPlan(String parcelId, int missionSeq, double latitude, double longitude,
                       double zoneRadiusMetres, double minAltitudeMetres, double maxAltitudeMetres,
                       double maxGroundSpeed, AltitudeFrame frame) {

    /** A plan whose altitude window is above home (as the ground station sends them). */
    public DropPlan(String parcelId, int missionSeq, double latitude, double longitude, double zoneRadiusMetres,
                    double minAltitudeMetres, double maxAltitudeMetres, double maxGroundSpeed) {
        this(parcelId, missionSeq, latitude, longitude, zoneRadiusMetres, minAltitudeMetres, maxAltitudeMetres,
                maxGroundSpeed, AltitudeFrame.HOME);
    }

    public DropPlan {
        Objects.requireNonNull(parcelId, "parcelId");
        Objects.requireNonNull(frame, "frame");
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
        boolean floorOk = frame == AltitudeFrame.MEAN_SEA_LEVEL ? Double.isFinite(minAltitudeMetres) : minAltitudeMetres >= 0;
        if (!floorOk || !(maxAltitudeMetres > minAltitudeMetres) || Double.isInfinite(maxAltitudeMetres)) {
            throw new IllegalArgumentException("altitude window " + minAltitudeMetres + ".." + maxAltitudeMetres
                    + " m is not a window " + frame.words() + " with min < max");
        }
        if (!(maxGroundSpeed > 0)) {
            throw new IllegalArgumentException("maxGroundSpeed " + maxGroundSpeed + " is not a positive speed");
        }
    }
}
