package org.lifeline.agent.release;

/**
 * What physically lets the parcel go: a servo on hardware PWM or a relay/solenoid. Pi4J
 * implementations live in {@code org.lifeline.agent.hardware}.
 */
public interface ReleaseActuator {

    /** Opens the release (the parcel falls). */
    void open();

    /** Returns the release to its closed (holding) position. */
    void close();
}
