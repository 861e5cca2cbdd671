package org.lifeline.simulator.fault;

import io.dronefleet.mavlink.common.MavMissionResult;

/**
 * The value of {@link FaultMode#MISSION_REJECT_ITEM}: which upload item to reject and with
 * which {@code MAV_MISSION_RESULT} (by name, with or without the {@code MAV_MISSION_} prefix,
 * or by number).
 */
public record MissionRejection(int seq, int result) {

    public static MissionRejection parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("mission-reject-item needs N:RESULT (e.g. 3:MAV_MISSION_INVALID_SEQUENCE), got '" + text + "'");
        }
        int seq;
        try {
            seq = Integer.parseInt(text.substring(0, colon).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("mission-reject-item: item '" + text.substring(0, colon) + "' is not a number");
        }
        if (seq < 0) {
            throw new IllegalArgumentException("mission-reject-item: item must be >= 0, got " + seq);
        }
        String r = text.substring(colon + 1).trim().toUpperCase(java.util.Locale.ROOT);
        try {
            return new MissionRejection(seq, Integer.parseInt(r));
        } catch (NumberFormatException notNumber) {
            String name = r.startsWith("MAV_MISSION_") ? r : "MAV_MISSION_" + r;
            for (MavMissionResult m : MavMissionResult.values()) {
                if (m.name().equals(name)) {
                    return new MissionRejection(seq, m.ordinal());
                }
            }
            throw new IllegalArgumentException("mission-reject-item: '" + r + "' is not a MAV_MISSION_RESULT name such as MAV_MISSION_INVALID_SEQUENCE");
        }
    }
}
