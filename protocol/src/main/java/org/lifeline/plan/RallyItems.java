package org.lifeline.plan;

import java.util.ArrayList;
import java.util.List;

import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

/**
 * Rally points as RALLY mission items ({@code MAV_CMD_NAV_RALLY_POINT} 5100) and back. Items
 * are written in MAV_FRAME_GLOBAL_RELATIVE_ALT_INT: ArduPilot accepts only the relative-altitude
 * frames for rally points (and stores the altitude as whole metres), and answers a download in
 * MAV_FRAME_GLOBAL_RELATIVE_ALT, so both are read back.
 */
public final class RallyItems {

    private static final String SOURCE = "vehicle RALLY items";

    private RallyItems() {
    }

    public static List<MissionItem> toItems(List<RallyPoint> points) {
        List<MissionItem> items = new ArrayList<>(points.size());
        for (RallyPoint point : points) {
            GeoPoint p = point.position();
            items.add(new MissionItem(MavCmd.NAV_RALLY_POINT, MavFrame.GLOBAL_RELATIVE_ALT_INT, false, true,
                    0, 0, 0, 0, MissionItem.toE7(p.latitude()), MissionItem.toE7(p.longitude()), (float) p.altitude()));
        }
        return items;
    }

    /** {@link #toItems} as a RALLY plan ready for upload. */
    public static MissionPlan toPlan(List<RallyPoint> points) {
        return new MissionPlan(MissionType.RALLY, toItems(points));
    }

    /**
     * Reads RALLY items (as downloaded from a vehicle).
     *
     * @throws PlanFileException for an item that is not a rally point in a relative-altitude frame
     */
    public static List<RallyPoint> fromItems(List<MissionItem> items) {
        List<RallyPoint> points = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            MissionItem item = items.get(i);
            String where = "item " + i;
            if (item.command() != MavCmd.NAV_RALLY_POINT) {
                throw PlanFileException.field(SOURCE, where, "command", MavCmd.NAV_RALLY_POINT + " (rally point)",
                        String.valueOf(item.command()));
            }
            if (item.frame() != MavFrame.GLOBAL_RELATIVE_ALT && item.frame() != MavFrame.GLOBAL_RELATIVE_ALT_INT) {
                throw PlanFileException.field(SOURCE, where, "frame", "3 or 6 (altitude relative to home)",
                        String.valueOf(item.frame()));
            }
            PositionCheck.require(SOURCE, where, item);
            if (!Float.isFinite(item.z())) {
                throw PlanFileException.field(SOURCE, where, "z", "a finite altitude in metres", String.valueOf(item.z()));
            }
            points.add(new RallyPoint(new GeoPoint(item.latitude(), item.longitude(), item.z())));
        }
        return points;
    }

    /** {@link #fromItems} for a downloaded RALLY plan. */
    public static List<RallyPoint> fromPlan(MissionPlan plan) {
        if (plan.type() != MissionType.RALLY) {
            throw new IllegalArgumentException("expected a RALLY plan, got " + plan.type());
        }
        return fromItems(plan.items());
    }
}
