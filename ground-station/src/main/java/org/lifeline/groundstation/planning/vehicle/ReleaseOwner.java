package org.lifeline.groundstation.planning.vehicle;

import org.lifeline.mission.MavCmd;

/**
 * Who lets the parcel go on this airframe (vehicle file {@code "releaseOwner"}); exactly one does.
 * The mission marks each drop the same way for both — the hold waypoint followed by DO_GRIPPER,
 * so QGroundControl and Mission Planner show where the drops are — but with an action the
 * autopilot cannot turn into a release of its own where that would be a second one:
 *
 * <ul>
 *   <li>{@link #AGENT} (default): the onboard agent's servo or relay. DO_GRIPPER <em>release</em>;
 *       the autopilot must have no active gripper (GRIP_ENABLE 0), checked before upload and start.</li>
 *   <li>{@link #AUTOPILOT}: the autopilot's own gripper, which only the agent commands, after its
 *       interlocks. DO_GRIPPER <em>grab</em>: ArduPilot runs every mission DO_GRIPPER, ignores the
 *       gripper number and stops (in SITL) on an unknown action, so grab — which at worst closes
 *       the gripper again after the hold — is the marker it runs without letting go.</li>
 * </ul>
 */
public enum ReleaseOwner {
    AGENT(MavCmd.GRIPPER_ACTION_RELEASE),
    AUTOPILOT(MavCmd.GRIPPER_ACTION_GRAB);

    private final int markerAction;

    ReleaseOwner(int markerAction) {
        this.markerAction = markerAction;
    }

    /** DO_GRIPPER param2 of the item that marks a drop. */
    public int markerAction() {
        return markerAction;
    }
}
