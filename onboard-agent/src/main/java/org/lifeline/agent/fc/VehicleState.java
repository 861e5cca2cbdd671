package org.lifeline.agent.fc;

import org.lifeline.agent.release.VehicleSnapshot;

/**
 * The newest picture of the vehicle, assembled from several MAVLink streams. Each field is as
 * the last message carrying it said; {@code atMillis} is the monotonic time of the newest
 * position, so the release interlocks can tell a stale picture.
 *
 * @param atMillis         monotonic time (ms) of the newest GLOBAL_POSITION_INT, or -1 before the first
 * @param linkUp           the flight controller's HEARTBEAT is being heard
 * @param armed            motors armed
 * @param mode             flight mode name ({@link CopterModes})
 * @param auto             mode is AUTO
 * @param hasPosition      a GLOBAL_POSITION_INT has arrived
 * @param latitude         degrees
 * @param longitude        degrees
 * @param relativeAltitude metres above home
 * @param altitudeAmsl     metres above mean sea level
 * @param groundSpeed      m/s (horizontal)
 * @param heading          degrees 0–360
 * @param batteryPercent   0–100, or -1 unknown
 * @param batteryVolts     volts, 0 unknown
 * @param gpsFix           GPS_FIX_TYPE (3 = 3-D)
 * @param satellites       satellites visible
 * @param currentSeq       mission item being flown, -1 unknown
 * @param reachedSeq       last mission item reached, -1 none
 * @param missionCount     items in the vehicle's mission as MISSION_CURRENT reports, -1 unknown
 * @param home             home position, if the vehicle reported one
 * @param heightAboveTerrain metres above the terrain below ({@link TerrainHeight}), NaN when not reported
 * @param climbRate        m/s, positive climbing: GLOBAL_POSITION_INT.vz (which points down) with its sign
 *                         turned, from the same message as the position and {@code atMillis}; NaN before the first
 */
public record VehicleState(long atMillis, boolean linkUp, boolean armed, String mode, boolean auto,
                           boolean hasPosition, double latitude, double longitude, double relativeAltitude,
                           double altitudeAmsl, double groundSpeed, double heading, double batteryPercent,
                           double batteryVolts, int gpsFix, int satellites, int currentSeq, int reachedSeq,
                           int missionCount, Home home, double heightAboveTerrain,
                           double climbRate) {

    /** A home position; {@code altitudeAmsl} in metres. */
    public record Home(double latitude, double longitude, double altitudeAmsl) {
    }

    /** The state before anything was heard. */
    public static VehicleState unknown() {
        return new VehicleState(-1, false, false, "UNKNOWN", false, false, 0, 0, 0, 0, 0, 0, -1, 0, 0, 0, -1, -1, -1, null, Double.NaN, Double.NaN);
    }

    /** What the release interlocks judge: the position counts only with a 3-D fix or better. */
    public VehicleSnapshot snapshot() {
        return new VehicleSnapshot(atMillis, armed, auto, currentSeq, hasPosition && gpsFix >= 3,
                latitude, longitude, relativeAltitude, groundSpeed, hasPosition ? climbRate : Double.NaN,
                hasPosition ? altitudeAmsl : Double.NaN,
                heightAboveTerrain);
    }
}
