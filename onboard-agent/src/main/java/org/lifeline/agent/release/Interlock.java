package org.lifeline.agent.release;

/**
 * The conditions that must all hold for a release (DESIGN.md, "Payload release"). Each one
 * explains itself in {@link InterlockCheck}'s refusal reasons.
 */
public enum Interlock {
    /** Telemetry is recent: a decision is never taken on a stale picture of the vehicle. */
    FRESH_TELEMETRY,
    /** The motors are armed (a disarmed drone is on the ground or falling). */
    ARMED,
    /** The vehicle flies the mission in AUTO, not under manual or failsafe control. */
    AUTO_MODE,
    /** The current mission item is this parcel's drop (hold) waypoint. */
    AT_DROP_ITEM,
    /** A valid position fix lies within the drop zone's radius. */
    IN_DROP_ZONE,
    /** Altitude, in the frame of the drop's window (home, sea level or terrain), is inside the window. */
    ALTITUDE_WINDOW,
    /** Ground speed is below the limit, so the parcel falls where intended. */
    GROUND_SPEED,
    /**
     * The vehicle neither descends nor climbs faster than the airframe's limit
     * ({@code interlock.maxVerticalSpeed}): a drop approached from straight above has no ground
     * speed, so only this tells a drone still sinking through the altitude window from one that
     * holds there. An unreported vertical speed fails it.
     */
    VERTICAL_SPEED,
    /** This parcel has not been released before (journal), so a release is never repeated. */
    NOT_ALREADY_RELEASED
}
