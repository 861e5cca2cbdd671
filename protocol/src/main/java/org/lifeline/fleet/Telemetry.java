package org.lifeline.fleet;

/**
 * One telemetry sample (topic {@code .../telemetry}, QoS 0).
 *
 * @param droneId          the sending drone
 * @param timeMillis       sample time, ms since the Unix epoch
 * @param latitude         degrees
 * @param longitude        degrees
 * @param relativeAltitude metres above home
 * @param altitudeAmsl     metres above mean sea level
 * @param groundSpeed      m/s
 * @param heading          degrees 0–360
 * @param batteryPercent   remaining, 0–100, or -1 when unknown
 * @param batteryVolts     volts
 * @param gpsFix           GPS fix type (0 none … 3 3-D … 6 RTK fixed)
 * @param satellites       satellites visible
 * @param mode             flight mode name (e.g. AUTO)
 * @param armed            motors armed
 * @param currentSeq       the mission item being flown, -1 when unknown
 */
public record Telemetry(String droneId, long timeMillis, double latitude, double longitude,
                        double relativeAltitude, double altitudeAmsl, double groundSpeed, double heading,
                        double batteryPercent, double batteryVolts, int gpsFix, int satellites,
                        String mode, boolean armed, int currentSeq) {

    public Telemetry {
        FleetTopics.requireDroneId(droneId);
    }
}
