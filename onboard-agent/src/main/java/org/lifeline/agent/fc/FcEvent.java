package org.lifeline.agent.fc;

/** Transitions of the vehicle that the agent reports as events. */
public enum FcEvent {
    ARMED,
    DISARMED,
    TOOK_OFF,
    LANDED,
    LOW_BATTERY,
    LINK_LOST,
    LINK_RESTORED,
    /** The mission on the vehicle may have changed (MISSION_CHANGED, a new item count, link back): read it again. */
    MISSION_CHANGED,
    /** The flight controller drove its own gripper output to "release" (information only). */
    FC_GRIPPER_RELEASED
}
