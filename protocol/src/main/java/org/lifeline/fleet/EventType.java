package org.lifeline.fleet;

/** What a drone reports on its events topic. */
public enum EventType {
    ARMED,
    DISARMED,
    TOOK_OFF,
    REACHED_DROP,
    RELEASED,
    DROP_REFUSED,
    /** The parcel sensor still sees the parcel after a release. */
    PARCEL_STUCK,
    LOW_BATTERY,
    LINK_LOST,
    LINK_RESTORED,
    LANDED,
    MISSION_CHANGED,
    /** The drop plan from the ground station and the mission on the flight controller disagree. */
    DROP_PLAN_MISMATCH
}
