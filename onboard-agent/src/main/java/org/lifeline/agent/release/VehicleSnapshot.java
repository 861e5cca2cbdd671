package org.lifeline.agent.release;

/**
 * What the agent knows of the vehicle at one instant, from the flight controller's telemetry.
 *
 * @param atMillis         monotonic time of the newest telemetry that went into this snapshot
 * @param armed            motors armed
 * @param auto             flight mode is AUTO (flying the uploaded mission)
 * @param currentSeq       the mission item the vehicle is executing, or -1 when unknown
 * @param positionValid    a 3-D GPS fix backs the position
 * @param latitude         degrees
 * @param longitude        degrees
 * @param relativeAltitude metres above home
 * @param groundSpeed      m/s (horizontal)
 * @param climbRate        vertical speed, m/s, positive climbing and negative descending
 *                         (GLOBAL_POSITION_INT.vz with its sign turned, since MAVLink's points down);
 *                         NaN when the autopilot has not reported it
 * @param altitudeAmsl     metres above mean sea level (GLOBAL_POSITION_INT.alt)
 * @param heightAboveTerrain metres above the terrain below, as the autopilot reports it; NaN when it reports none
 */
public record VehicleSnapshot(long atMillis, boolean armed, boolean auto, int currentSeq, boolean positionValid,
                              double latitude, double longitude, double relativeAltitude, double groundSpeed,
                              double climbRate, double altitudeAmsl, double heightAboveTerrain) {

    /** A snapshot that knows only the altitude above home. */
    public VehicleSnapshot(long atMillis, boolean armed, boolean auto, int currentSeq, boolean positionValid,
                           double latitude, double longitude, double relativeAltitude, double groundSpeed,
                           double climbRate) {
        this(atMillis, armed, auto, currentSeq, positionValid, latitude, longitude, relativeAltitude, groundSpeed,
                climbRate, Double.NaN, Double.NaN);
    }

    /** The vehicle's altitude in {@code frame}; NaN when the autopilot has not reported it. */
    public double altitude(AltitudeFrame frame) {
        return switch (frame) {
            case HOME -> relativeAltitude;
            case MEAN_SEA_LEVEL -> altitudeAmsl;
            case TERRAIN -> heightAboveTerrain;
        };
    }
}
