package org.lifeline.mission;

/** MAVLink {@code MAV_MISSION_TYPE}: which of the vehicle's three plans a transfer addresses. */
public enum MissionType {
    MISSION(0),
    FENCE(1),
    RALLY(2);

    private final int wireValue;

    MissionType(int wireValue) {
        this.wireValue = wireValue;
    }

    /** The value sent in {@code mission_type}. */
    public int wireValue() {
        return wireValue;
    }

    /** @throws IllegalArgumentException for a value that is not MISSION, FENCE or RALLY */
    public static MissionType fromWire(int value) {
        for (MissionType t : values()) {
            if (t.wireValue == value) {
                return t;
            }
        }
        throw new IllegalArgumentException("mission_type " + value + " is not one of 0 (mission), 1 (fence), 2 (rally)");
    }
}
