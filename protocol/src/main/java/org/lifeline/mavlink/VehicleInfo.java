package org.lifeline.mavlink;

/**
 * What a vehicle's latest HEARTBEAT says about it, in MAVLink's own numbers (MAV_TYPE,
 * MAV_AUTOPILOT, MAV_MODE_FLAG bits, the autopilot-specific custom mode, MAV_STATE).
 *
 * @param systemId     the vehicle's system id
 * @param componentId  the autopilot's component id (normally 1)
 * @param type         MAV_TYPE (2 = quadrotor, 1 = fixed wing, ...)
 * @param autopilot    MAV_AUTOPILOT (3 = ArduPilot, 12 = PX4)
 * @param baseMode     MAV_MODE_FLAG bits
 * @param customMode   autopilot-specific flight mode (ArduCopter: 3 = AUTO, 4 = GUIDED, 6 = RTL)
 * @param systemStatus MAV_STATE (3 = standby, 4 = active, ...)
 * @param armed        MAV_MODE_FLAG_SAFETY_ARMED (128) is set in {@code baseMode}
 */
public record VehicleInfo(int systemId, int componentId, int type, int autopilot, int baseMode, long customMode,
                          int systemStatus, boolean armed) {

    /** MAV_MODE_FLAG_SAFETY_ARMED. */
    public static final int MODE_FLAG_ARMED = 128;
    /** MAV_TYPE_GCS: ground stations are not vehicles. */
    public static final int TYPE_GCS = 6;
    /** MAV_AUTOPILOT_INVALID: components that are not flight controllers (companions, cameras). */
    public static final int AUTOPILOT_INVALID = 8;

    public SourceId source() {
        return new SourceId(systemId, componentId);
    }

    /** A vehicle is a heartbeat sender that is neither a ground station nor an autopilot-less component. */
    public static boolean isVehicle(int type, int autopilot) {
        return type != TYPE_GCS && autopilot != AUTOPILOT_INVALID;
    }
}
