package org.lifeline.mission;

/**
 * One mission item exactly as MISSION_ITEM_INT carries it, without its sequence number (an
 * item's sequence is its index in a {@link MissionPlan}). For global frames {@code x} and
 * {@code y} are latitude and longitude in degrees × 1e7; for local frames metres × 1e4
 * ({@link MavFrame#isLocal}); otherwise they are param5/param6 as integers.
 * {@code z} is altitude in metres (relative to home in GLOBAL_RELATIVE_ALT frames).
 *
 * @param command      the {@code MAV_CMD} number (see {@link MavCmd})
 * @param frame        the {@code MAV_FRAME} number (see {@link MavFrame})
 * @param current      the "current" flag (only meaningful for the item a plan starts at)
 * @param autocontinue whether the vehicle continues to the next item by itself
 */
public record MissionItem(int command, int frame, boolean current, boolean autocontinue,
                          float param1, float param2, float param3, float param4,
                          int x, int y, float z) {

    /** Converts degrees to the integer encoding of MISSION_ITEM_INT. */
    public static int toE7(double degrees) {
        return (int) Math.round(degrees * 1e7);
    }

    /** A navigation item at a global position, altitude relative to home. */
    public static MissionItem at(int command, double lat, double lon, double relAltMetres,
                                 float p1, float p2, float p3, float p4) {
        return new MissionItem(command, MavFrame.GLOBAL_RELATIVE_ALT_INT, false, true,
                p1, p2, p3, p4, toE7(lat), toE7(lon), (float) relAltMetres);
    }

    /** A plain waypoint (no hold, default acceptance radius). */
    public static MissionItem waypoint(double lat, double lon, double relAltMetres) {
        return at(MavCmd.NAV_WAYPOINT, lat, lon, relAltMetres, 0, 0, 0, Float.NaN);
    }

    /** A waypoint with a hold time in seconds (MAV_CMD_NAV_WAYPOINT param1). */
    public static MissionItem waypointWithHold(double lat, double lon, double relAltMetres, double holdSeconds) {
        return at(MavCmd.NAV_WAYPOINT, lat, lon, relAltMetres, (float) holdSeconds, 0, 0, Float.NaN);
    }

    /** A non-positional command in the MISSION frame with params 1 to 4. */
    public static MissionItem command(int command, float p1, float p2, float p3, float p4) {
        return new MissionItem(command, MavFrame.MISSION, false, true, p1, p2, p3, p4, 0, 0, 0f);
    }

    /** Latitude in degrees (meaningful for global frames). */
    public double latitude() {
        return x / 1e7;
    }

    /** Longitude in degrees (meaningful for global frames). */
    public double longitude() {
        return y / 1e7;
    }

    /** This item with the "current" flag set as given. */
    public MissionItem withCurrent(boolean value) {
        return new MissionItem(command, frame, value, autocontinue, param1, param2, param3, param4, x, y, z);
    }
}
