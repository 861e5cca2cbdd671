package org.lifeline.agent.release;

/**
 * What a release attempt did.
 *
 * @param decision the interlock decision it was based on
 * @param actuated whether the actuator was opened
 * @param sensor   what the parcel sensor saw after the release (or why it could not say)
 */
public record ReleaseOutcome(ReleaseDecision decision, boolean actuated, SensorReading sensor) {

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
