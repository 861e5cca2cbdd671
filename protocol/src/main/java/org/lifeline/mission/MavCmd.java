package org.lifeline.mission;

/**
 * The {@code MAV_CMD} numbers Lifeline builds or interprets. Items keep the raw number, so
 * commands not listed here survive a round trip untouched.
 */
public final class MavCmd {
    public static final int NAV_WAYPOINT = 16;
    public static final int NAV_LOITER_UNLIM = 17;
    public static final int NAV_LOITER_TURNS = 18;
    public static final int NAV_LOITER_TIME = 19;
    public static final int NAV_RETURN_TO_LAUNCH = 20;
    public static final int NAV_LAND = 21;
    public static final int NAV_TAKEOFF = 22;
    public static final int NAV_SPLINE_WAYPOINT = 82;
    public static final int NAV_DELAY = 93;
    public static final int NAV_PAYLOAD_PLACE = 94;
    public static final int CONDITION_DELAY = 112;
    public static final int DO_JUMP = 177;
    public static final int DO_CHANGE_SPEED = 178;
    public static final int DO_SET_SERVO = 183;
    public static final int DO_GRIPPER = 211;
    public static final int NAV_FENCE_RETURN_POINT = 5000;
    public static final int NAV_FENCE_POLYGON_VERTEX_INCLUSION = 5001;
    public static final int NAV_FENCE_POLYGON_VERTEX_EXCLUSION = 5002;
    public static final int NAV_FENCE_CIRCLE_INCLUSION = 5003;
    public static final int NAV_FENCE_CIRCLE_EXCLUSION = 5004;
    public static final int NAV_RALLY_POINT = 5100;

    /** DO_GRIPPER param2 values. */
    public static final int GRIPPER_ACTION_RELEASE = 0;
    public static final int GRIPPER_ACTION_GRAB = 1;

    private MavCmd() {
    }
}
