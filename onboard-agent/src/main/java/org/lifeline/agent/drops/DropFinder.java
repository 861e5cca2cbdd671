package org.lifeline.agent.drops;

import java.util.ArrayList;
import java.util.List;

import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;

/**
 * Finds the drops in a mission. A drop is a hold over the drop point followed by a release:
 * a NAV_WAYPOINT or NAV_LOITER_TIME with a hold time (param1 &gt; 0), followed — possibly after
 * other non-navigation items such as DO_CHANGE_SPEED — by DO_GRIPPER with param2 = 0 (release),
 * before the next navigation item. The drop is at that waypoint's sequence, position and altitude.
 *
 * <p>Item 0 of an ArduPilot mission is home and never a drop. Only waypoints whose altitude is
 * relative to home (GLOBAL_RELATIVE_ALT and its _INT form) qualify: the drop window is relative to
 * home, and guessing a conversion from AMSL or terrain altitude would be a guess at the safety
 * limit. A release-looking item in another frame is not a drop — the parcel then stays on board,
 * the safe side.
 */
public final class DropFinder {

    /** MAV_CMD numbers below this are navigation commands (MAV_CMD_NAV_LAST = 95). */
    private static final int NAV_LAST = 95;

    private DropFinder() {
    }

    /** The drops of {@code items} (sequence = index; item 0 is home). */
    public static List<MissionDrop> find(List<MissionItem> items) {
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
                if (next.command() == MavCmd.DO_GRIPPER && Math.round(next.param2()) == MavCmd.GRIPPER_ACTION_RELEASE) {
                    drops.add(new MissionDrop(i, j, hold.latitude(), hold.longitude(), hold.z(), hold.param1()));
                    break;
                }
            }
        }
        return List.copyOf(drops);
    }

    private static boolean isHold(MissionItem item) {
        boolean holdCommand = item.command() == MavCmd.NAV_WAYPOINT || item.command() == MavCmd.NAV_LOITER_TIME;
        boolean relative = item.frame() == MavFrame.GLOBAL_RELATIVE_ALT || item.frame() == MavFrame.GLOBAL_RELATIVE_ALT_INT;
        return holdCommand && relative && item.param1() > 0 && (item.x() != 0 || item.y() != 0);
    }

    private static boolean isNav(MissionItem item) {
        return item.command() <= NAV_LAST;
    }
}
