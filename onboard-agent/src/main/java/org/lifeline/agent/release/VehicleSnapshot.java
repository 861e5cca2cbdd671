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
 * @param groundSpeed      m/s
 */
public record VehicleSnapshot(long atMillis, boolean armed, boolean auto, int currentSeq, boolean positionValid,
                              double latitude, double longitude, double relativeAltitude, double groundSpeed) {
}
