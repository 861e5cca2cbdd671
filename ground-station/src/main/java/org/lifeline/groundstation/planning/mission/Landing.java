package org.lifeline.groundstation.planning.mission;

/** How a mission ends once the vehicle is back over its launch site. */
public enum Landing {
    /** {@code NAV_LAND} at the launch site's coordinates: lands exactly where planned. */
    LAND,
    /** {@code NAV_RETURN_TO_LAUNCH}: the autopilot flies home at its own RTL altitude and lands. */
    RTL
}
