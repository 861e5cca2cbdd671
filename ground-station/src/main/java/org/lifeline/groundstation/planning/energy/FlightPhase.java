package org.lifeline.groundstation.planning.energy;

/** What the vehicle is doing during one part of a mission. */
public enum FlightPhase {
    /** Vertical climb after takeoff. */
    TAKEOFF,
    /** Level or sloped flight between waypoints. */
    CRUISE,
    /** Vertical climb over a point. */
    CLIMB,
    /** Vertical descent over a point. */
    DESCENT,
    /** Hovering in place (hold over a drop). */
    HOLD,
    /** Final descent to the ground. */
    LANDING
}
