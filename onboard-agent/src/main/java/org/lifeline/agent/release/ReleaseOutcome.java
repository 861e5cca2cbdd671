package org.lifeline.agent.release;

/**
 * What a release attempt did.
 *
 * @param decision the interlock decision it was based on
 * @param actuated whether the actuator was opened
 * @param sensor   what the parcel sensor saw after the release (or why it could not say)
 * @param actuatorProblem why the actuator may not have let go ("" when it reported nothing wrong),
 *                 e.g. the autopilot refused or never acknowledged its gripper command
 */
public record ReleaseOutcome(ReleaseDecision decision, boolean actuated, SensorReading sensor, String actuatorProblem) {

    public ReleaseOutcome(ReleaseDecision decision, boolean actuated, SensorReading sensor) {
        this(decision, actuated, sensor, "");
    }

    /** The parcel sensor's verdict after a release. */
    public enum SensorReading {
        /** The sensor saw the parcel leave. */
        LEFT,
        /** The sensor still sees the parcel: the release failed mechanically. */
        STILL_PRESENT,
        /** No sensor is fitted. */
        NO_SENSOR,
        /** No release happened. */
        NOT_RELEASED
    }
}
