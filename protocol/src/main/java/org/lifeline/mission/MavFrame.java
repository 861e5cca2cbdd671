package org.lifeline.mission;

/** The {@code MAV_FRAME} numbers that mission items use. */
public final class MavFrame {
    public static final int GLOBAL = 0;
    public static final int LOCAL_NED = 1;
    public static final int MISSION = 2;
    public static final int GLOBAL_RELATIVE_ALT = 3;
    public static final int LOCAL_ENU = 4;
    public static final int GLOBAL_INT = 5;
    public static final int GLOBAL_RELATIVE_ALT_INT = 6;
    public static final int LOCAL_OFFSET_NED = 7;
    public static final int BODY_NED = 8;
    public static final int BODY_OFFSET_NED = 9;
    public static final int GLOBAL_TERRAIN_ALT = 10;
    public static final int GLOBAL_TERRAIN_ALT_INT = 11;
    public static final int BODY_FRD = 12;
    public static final int LOCAL_FRD = 20;
    public static final int LOCAL_FLU = 21;

    private MavFrame() {
    }

    /** True when x/y of an item in this frame are latitude/longitude in degrees × 1e7. */
    public static boolean isGlobal(int frame) {
        return frame == GLOBAL || frame == GLOBAL_RELATIVE_ALT || frame == GLOBAL_INT
                || frame == GLOBAL_RELATIVE_ALT_INT || frame == GLOBAL_TERRAIN_ALT
                || frame == GLOBAL_TERRAIN_ALT_INT;
    }

    /**
     * True when x/y of an item in this frame are metres: MISSION_ITEM_INT then carries them as
     * metres × 1e4 (the MAVLink definition of MISSION_ITEM_INT.x).
     */
    public static boolean isLocal(int frame) {
        return frame == LOCAL_NED || frame == LOCAL_ENU || frame == LOCAL_OFFSET_NED || frame == BODY_NED
                || frame == BODY_OFFSET_NED || frame == BODY_FRD || frame == LOCAL_FRD || frame == LOCAL_FLU;
    }
}
