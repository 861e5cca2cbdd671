package org.lifeline.agent.fc;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the tracker talks to the flight controller.
 *
 * @param systemId          the vehicle's system id (ours too: a companion shares it)
 * @param autopilotComponent the flight controller's component id (1 = MAV_COMP_ID_AUTOPILOT1)
 * @param heartbeatInterval how often we send our HEARTBEAT (spec: 1 Hz)
 * @param linkLostAfter     the link counts as lost after this long without the autopilot's HEARTBEAT
 * @param streams           MAVLink message id → wanted rate in Hz, requested with MAV_CMD_SET_MESSAGE_INTERVAL
 * @param lowBatteryPercent LOW_BATTERY when the remaining charge falls below this (re-armed 5 points above)
 * @param takeoffAltitude   metres above home above which an armed vehicle counts as airborne
 * @param gripperChannel    SERVO_OUTPUT_RAW channel (1–16) of the autopilot's own gripper, 0 = not watched
 * @param gripperReleasePwm the PWM (µs, ±100) that channel shows when the gripper is open
 */
public record TrackerOptions(int systemId, int autopilotComponent, Duration heartbeatInterval, Duration linkLostAfter,
                             Map<Integer, Double> streams, double lowBatteryPercent, double takeoffAltitude,
                             int gripperChannel, int gripperReleasePwm) {

    public static final int GLOBAL_POSITION_INT = 33;
    public static final int SYS_STATUS = 1;
    public static final int GPS_RAW_INT = 24;
    public static final int SERVO_OUTPUT_RAW = 36;
    public static final int MISSION_CURRENT = 42;
    public static final int VFR_HUD = 74;
    public static final int BATTERY_STATUS = 147;
    public static final int HOME_POSITION = 242;
    public static final int TERRAIN_REPORT = 136;
    public static final int DISTANCE_SENSOR = 132;

    public TrackerOptions {
        if (systemId < 1 || systemId > 255) {
            throw new IllegalArgumentException("system id " + systemId + ": expected 1..255");
        }
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(linkLostAfter, "linkLostAfter");
        streams = Map.copyOf(streams);
        if (gripperChannel < 0 || gripperChannel > 16) {
            throw new IllegalArgumentException("gripper channel " + gripperChannel + ": expected 0 (off) or 1..16");
        }
    }

    /**
     * The streams the agent needs and their rates: position at 10 Hz, the rest slower. TERRAIN_REPORT
     * and DISTANCE_SENSOR give the height above terrain for drops in the terrain frame; an autopilot
     * without terrain data or rangefinder never sends them, and the altitude interlock of such a drop
     * then fails, saying so.
     */
    public static Map<Integer, Double> defaultStreams() {
        return Map.of(GLOBAL_POSITION_INT, 10.0, SYS_STATUS, 1.0, BATTERY_STATUS, 1.0, GPS_RAW_INT, 2.0,
                MISSION_CURRENT, 2.0, HOME_POSITION, 0.2, VFR_HUD, 4.0, TERRAIN_REPORT, 1.0, DISTANCE_SENSOR, 2.0);
    }

    /** Defaults for the vehicle {@code systemId}: 1 Hz heartbeat, link lost after 3 s, 25 % low battery. */
    public static TrackerOptions defaults(int systemId) {
        return new TrackerOptions(systemId, 1, Duration.ofSeconds(1), Duration.ofSeconds(3), defaultStreams(),
                25, 2.0, 0, 1900);
    }

    public TrackerOptions withGripper(int channel, int releasePwm) {
        return new TrackerOptions(systemId, autopilotComponent, heartbeatInterval, linkLostAfter, streams,
                lowBatteryPercent, takeoffAltitude, channel, releasePwm);
    }

    public TrackerOptions withLowBattery(double percent) {
        return new TrackerOptions(systemId, autopilotComponent, heartbeatInterval, linkLostAfter, streams,
                percent, takeoffAltitude, gripperChannel, gripperReleasePwm);
    }

    public TrackerOptions withLinkLostAfter(Duration value) {
        return new TrackerOptions(systemId, autopilotComponent, heartbeatInterval, value, streams,
                lowBatteryPercent, takeoffAltitude, gripperChannel, gripperReleasePwm);
    }
}
