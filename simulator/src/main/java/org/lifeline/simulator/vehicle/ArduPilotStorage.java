package org.lifeline.simulator.vehicle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionType;

/**
 * What ArduPilot's mission, fence and rally storage keeps of an uploaded item, and so what a
 * download gives back (measured on ArduCopter SITL V4.7.0-dev):
 *
 * <ul>
 *   <li>mission items whose parameters AP_Mission stores in a location (waypoints, loiters,
 *       takeoff, land, DO_SET_HOME, DO_LAND_START, DO_SET_ROI, ...) keep only the altitude
 *       reference: GLOBAL(_INT) come back as GLOBAL (0), GLOBAL_RELATIVE_ALT(_INT) as 3,
 *       GLOBAL_TERRAIN_ALT(_INT) as 10;</li>
 *   <li>every other mission item (DO_GRIPPER, DO_CHANGE_SPEED, RETURN_TO_LAUNCH, ...) comes back
 *       with frame 0, whatever frame it was written with (QGroundControl writes 2);</li>
 *   <li>fence items come back with frame 0, and the fence return point without its altitude;</li>
 *   <li>rally points come back with frame 3 (their altitude is relative to home).</li>
 * </ul>
 */
final class ArduPilotStorage {

    /** AP_Mission::stored_in_location: commands whose parameters live in a location. */
    private static final Set<Integer> IN_LOCATION = Set.of(MavCmd.NAV_WAYPOINT, 17, 18, MavCmd.NAV_LOITER_TIME,
            MavCmd.NAV_LAND, MavCmd.NAV_TAKEOFF, 30, 31, 82, 92, 179, 189, 191, 201, 84, 85, 94);

    private ArduPilotStorage() {
    }

    static List<MissionItem> stored(MissionType type, List<MissionItem> items) {
        List<MissionItem> out = new ArrayList<>(items.size());
        for (MissionItem it : items) {
            out.add(stored(type, it));
        }
        return out;
    }

    static MissionItem stored(MissionType type, MissionItem it) {
        return switch (type) {
            case MISSION -> with(it, IN_LOCATION.contains(it.command()) ? altitudeFrame(it.frame()) : MavFrame.GLOBAL, it.z());
            case FENCE -> with(it, MavFrame.GLOBAL, it.command() == MavCmd.NAV_FENCE_RETURN_POINT ? 0f : it.z());
            case RALLY -> with(it, MavFrame.GLOBAL_RELATIVE_ALT, it.z());
        };
    }

    private static int altitudeFrame(int frame) {
        return switch (frame) {
            case MavFrame.GLOBAL_RELATIVE_ALT, MavFrame.GLOBAL_RELATIVE_ALT_INT -> MavFrame.GLOBAL_RELATIVE_ALT;
            case MavFrame.GLOBAL_TERRAIN_ALT, MavFrame.GLOBAL_TERRAIN_ALT_INT -> MavFrame.GLOBAL_TERRAIN_ALT;
            default -> MavFrame.GLOBAL;
        };
    }

    private static MissionItem with(MissionItem it, int frame, float z) {
        return new MissionItem(it.command(), frame, it.current(), it.autocontinue(), it.param1(), it.param2(),
                it.param3(), it.param4(), it.x(), it.y(), z);
    }
}
