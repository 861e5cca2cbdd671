package org.lifeline.agent.drops;

import java.util.ArrayList;
import java.util.List;

import org.lifeline.agent.release.AltitudeFrame;
import org.lifeline.agent.release.ReleaseOwner;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;

/**
 * Finds the drops in a mission. A drop is a hold over the drop point followed by the drop's
 * marker: a NAV_WAYPOINT or NAV_LOITER_TIME with a hold time (param1 &gt; 0), followed — possibly
 * after other non-navigation items such as DO_CHANGE_SPEED — by DO_GRIPPER with the release
 * owner's marker action ({@link ReleaseOwner#markerAction()}: release where the agent drives the
 * actuator, grab where the autopilot's gripper holds the parcel), before the next navigation
 * item. The drop is at that waypoint's sequence, position and altitude, in the waypoint's own
 * altitude frame.
 *
 * <p>Item 0 of an ArduPilot mission is home and never a drop. The altitude may be relative to
 * home, above mean sea level or above terrain (each with its _INT form); a release-looking item
 * in any other frame (e.g. MAV_FRAME_LOCAL_NED) is not a drop — the parcel then stays on board,
 * the safe side.
 */
public final class DropFinder {

    /** MAV_CMD numbers below this are navigation commands (MAV_CMD_NAV_LAST = 95). */
    private static final int NAV_LAST = 95;

    private DropFinder() {
    }

    /** The drops of {@code items} (sequence = index; item 0 is home) marked as for the agent's own release. */
    public static List<MissionDrop> find(List<MissionItem> items) {
        return find(items, ReleaseOwner.AGENT);
    }

    /** The drops of {@code items} marked as for {@code owner}. */
    public static List<MissionDrop> find(List<MissionItem> items, ReleaseOwner owner) {
        List<MissionDrop> drops = new ArrayList<>();
        for (int i = 1; i < items.size(); i++) {
            MissionItem hold = items.get(i);
            if (!isHold(hold)) {
                continue;
            }
            for (int j = i + 1; j < items.size(); j++) {
                MissionItem next = items.get(j);
                if (isNav(next)) {
                    break;
                }
                if (next.command() == MavCmd.DO_GRIPPER && Math.round(next.param2()) == owner.markerAction()) {
                    drops.add(new MissionDrop(i, j, hold.latitude(), hold.longitude(), hold.z(), hold.param1(),
                            AltitudeFrame.of(hold.frame()).orElseThrow()));
                    break;
                }
            }
        }
        return List.copyOf(drops);
    }

    /**
     * The DO_GRIPPER release items of {@code items}: where the autopilot, if it has a gripper,
     * would let the parcel go by itself, outside every interlock.
     */
    public static List<Integer> autopilotReleases(List<MissionItem> items) {
        List<Integer> seqs = new ArrayList<>();
        for (int i = 1; i < items.size(); i++) {
            MissionItem it = items.get(i);
            if (it.command() == MavCmd.DO_GRIPPER && Math.round(it.param2()) == MavCmd.GRIPPER_ACTION_RELEASE) {
                seqs.add(i);
            }
        }
        return List.copyOf(seqs);
    }

    private static boolean isHold(MissionItem item) {
        boolean holdCommand = item.command() == MavCmd.NAV_WAYPOINT || item.command() == MavCmd.NAV_LOITER_TIME;
        return holdCommand && AltitudeFrame.of(item.frame()).isPresent() && item.param1() > 0 && (item.x() != 0 || item.y() != 0);
    }

    private static boolean isNav(MissionItem item) {
        return item.command() <= NAV_LAST;
    }
}
