package org.lifeline.command;

/**
 * A STATUSTEXT line from the vehicle, e.g. {@code PreArm: Gyros not calibrated}.
 *
 * @param severity      MAV_SEVERITY (0 emergency .. 7 debug)
 * @param text          the text, trailing NULs removed
 * @param receivedNanos when it arrived, on the {@link org.lifeline.time.Scheduler}'s clock
 */
public record StatusText(int severity, String text, long receivedNanos) {

    /** ArduPilot's reasons for refusing to arm start with "PreArm:" or "Arm:". */
    public boolean isArmingReason() {
        return text.startsWith("PreArm:") || text.startsWith("Arm:");
    }
}
