package org.lifeline.agent.release;

import org.lifeline.mission.MavCmd;

/**
 * Who moves the parcel release on this airframe. Exactly one path exists per airframe, so a
 * parcel can never be let go twice, once by each:
 *
 * <ul>
 *   <li>{@link #AGENT}: the Pi drives the servo or relay through Pi4J. The autopilot has no
 *       gripper of its own (GRIP_ENABLE 0, which the ground station checks before upload), so the
 *       mission's {@code DO_GRIPPER} release that marks each drop moves nothing there.</li>
 *   <li>{@link #AUTOPILOT}: the autopilot's own gripper holds the parcel and the agent commands
 *       it with {@code MAV_CMD_DO_GRIPPER} (release) only when every interlock holds. The mission
 *       marks each drop with {@code DO_GRIPPER} <em>grab</em>, an action that can never let the
 *       parcel go — ArduPilot executes every mission {@code DO_GRIPPER}, ignores its gripper
 *       number, and (SITL) stops on an unknown action, so grab is the one marker it runs
 *       harmlessly.</li>
 * </ul>
 */
public enum ReleaseOwner {
    AGENT(MavCmd.GRIPPER_ACTION_RELEASE),
    AUTOPILOT(MavCmd.GRIPPER_ACTION_GRAB);

    private final int markerAction;

    ReleaseOwner(int markerAction) {
        this.markerAction = markerAction;
    }

    /** The DO_GRIPPER action (param2) with which a mission for this owner marks a drop. */
    public int markerAction() {
        return markerAction;
    }

}
