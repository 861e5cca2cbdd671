package org.lifeline.agent.release;

/**
 * What physically lets the parcel go: a servo on hardware PWM or a relay/solenoid (Pi4J
 * implementations in {@code org.lifeline.agent.hardware}), or the autopilot's own gripper
 * commanded over MAVLink ({@code org.lifeline.agent.fc.AutopilotGripper}).
 */
public interface ReleaseActuator {

    /** Opens the release (the parcel falls). */
    void open();

    /** Returns the release to its closed (holding) position. */
    void close();

    /**
     * Why the last {@link #open()} may not have let the parcel go, as far as the actuator can
     * tell when it is closed again; empty when it knows of nothing wrong. A GPIO output cannot
     * tell; the autopilot's gripper answers each command with COMMAND_ACK.
     */
    default java.util.Optional<String> lastOpenProblem() {
        return java.util.Optional.empty();
    }
}
