package org.lifeline.command;

/**
 * The parts of a HEARTBEAT that commands are confirmed by.
 *
 * @param type          MAV_TYPE
 * @param autopilot     MAV_AUTOPILOT (3 = ArduPilot, 12 = PX4)
 * @param baseMode      MAV_MODE_FLAG bits
 * @param customMode    the autopilot-specific mode number (ArduPilot Copter: see {@link CopterMode})
 * @param systemStatus  MAV_STATE
 * @param receivedNanos when it arrived, on the {@link org.lifeline.time.Scheduler}'s clock
 */
public record VehicleHeartbeat(int type, int autopilot, int baseMode, long customMode, int systemStatus,
                               long receivedNanos) {

    /** MAV_MODE_FLAG_SAFETY_ARMED. */
    public static final int FLAG_SAFETY_ARMED = 128;
    /** MAV_MODE_FLAG_CUSTOM_MODE_ENABLED. */
    public static final int FLAG_CUSTOM_MODE_ENABLED = 1;

    public boolean armed() {
        return (baseMode & FLAG_SAFETY_ARMED) != 0;
    }
}
