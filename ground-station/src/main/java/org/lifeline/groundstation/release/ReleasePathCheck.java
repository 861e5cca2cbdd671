package org.lifeline.groundstation.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;

/**
 * Refuses a flight in which the parcel would not be released exactly once, by its one owner. Pure:
 * the mission's items and the autopilot's gripper parameters in, a refusal (why, and how to fix
 * it) out.
 *
 * <ul>
 *   <li>A mission whose drops are marked with DO_GRIPPER <em>release</em> belongs to an airframe
 *       whose onboard agent releases. If the autopilot's own gripper is active it would release at
 *       each of those items by itself too, outside the agent's interlocks: refused.</li>
 *   <li>A mission whose drops are marked with DO_GRIPPER <em>grab</em> after the hold belongs to an
 *       airframe whose autopilot gripper holds the parcel, released by the agent's command. If
 *       that gripper is disabled or drives no output, the command could not release: refused.</li>
 *   <li>An autopilot that did not answer GRIP_ENABLE leaves the question open: refused, since a
 *       second release is the failure this check exists to prevent.</li>
 * </ul>
 */
public final class ReleasePathCheck {

    /** MAV_CMD numbers below this are navigation commands (MAV_CMD_NAV_LAST = 95). */
    private static final int NAV_LAST = 95;

    private ReleasePathCheck() {
    }

    /** Whether {@code mission} has any DO_GRIPPER item, i.e. whether the gripper parameters matter. */
    public static boolean concerns(List<MissionItem> mission) {
        return mission.stream().anyMatch(i -> i.command() == MavCmd.DO_GRIPPER);
    }

    /** Why {@code mission} must not fly on an autopilot with {@code gripper}, or empty when it may. */
    public static Optional<String> refusal(List<MissionItem> mission, GripperParameters gripper) {
        List<Integer> releases = gripperItems(mission, MavCmd.GRIPPER_ACTION_RELEASE, false);
        List<Integer> autopilotDrops = gripperItems(mission, MavCmd.GRIPPER_ACTION_GRAB, true);
        if (releases.isEmpty() && autopilotDrops.isEmpty()) {
            return Optional.empty();
        }
        if (!gripper.known()) {
            return Optional.of("the autopilot did not answer GRIP_ENABLE, so it cannot be told whether its own gripper would "
                    + "release parcels as well: check the link and try again");
        }
        if (!releases.isEmpty() && gripper.releasesByItself()) {
            return Optional.of("mission items " + releases + " are DO_GRIPPER release and the autopilot's own gripper is active ("
                    + gripper.describe() + "): it would release each parcel by itself, besides the onboard agent. "
                    + "If the agent's servo or relay holds the parcel (vehicle file \"releaseOwner\": \"agent\", the default), "
                    + "set GRIP_ENABLE = 0 on the autopilot; if the autopilot's gripper holds it, set \"releaseOwner\": "
                    + "\"autopilot\" in the vehicle file and plan the mission again");
        }
        if (!autopilotDrops.isEmpty() && !gripper.releasesByItself()) {
            String state = gripper.enabled() ? "drives no output (" + gripper.describe() + ", no SERVOn_FUNCTION = 28)"
                    : "is disabled (GRIP_ENABLE = 0)";
            return Optional.of("the mission marks its drops for the autopilot's gripper (DO_GRIPPER grab at items "
                    + autopilotDrops + ", vehicle file \"releaseOwner\": \"autopilot\") but that gripper " + state
                    + ": the onboard agent's release command could not let the parcel go. Set GRIP_ENABLE = 1 and a "
                    + "SERVOn_FUNCTION = 28 on the autopilot, or plan with \"releaseOwner\": \"agent\"");
        }
        return Optional.empty();
    }

    /** DO_GRIPPER items with {@code action}; with {@code afterHold}, only those marking a drop (after a held waypoint). */
    private static List<Integer> gripperItems(List<MissionItem> mission, int action, boolean afterHold) {
        List<Integer> seqs = new ArrayList<>();
        boolean held = false;
        for (int i = 0; i < mission.size(); i++) {
            MissionItem it = mission.get(i);
            if (it.command() <= NAV_LAST) {
                held = (it.command() == MavCmd.NAV_WAYPOINT || it.command() == MavCmd.NAV_LOITER_TIME) && it.param1() > 0;
            } else if (it.command() == MavCmd.DO_GRIPPER && Math.round(it.param2()) == action && (held || !afterHold)) {
                seqs.add(i);
            }
        }
        return seqs;
    }
}
