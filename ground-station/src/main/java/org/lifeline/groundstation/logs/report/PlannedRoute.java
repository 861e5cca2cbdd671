package org.lifeline.groundstation.logs.report;

import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.GeoPoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The route a mission plans (home, then every item with a position, takeoff climbing over home)
 * and its drop point: the position held when the first release command (DO_GRIPPER release or
 * DO_SET_SERVO) runs, or a NAV_PAYLOAD_PLACE's position.
 */
record PlannedRoute(List<GeoPoint> points, Optional<GeoPoint> dropPoint) {

    static PlannedRoute of(Optional<GeoPoint> home, List<MissionItem> mission) {
        List<GeoPoint> points = new ArrayList<>();
        home.ifPresent(h -> points.add(new GeoPoint(h.latitude(), h.longitude(), 0)));
        GeoPoint drop = null;
        GeoPoint last = points.isEmpty() ? null : points.get(0);
        for (MissionItem item : mission) {
            int cmd = item.command();
            if (cmd == MavCmd.NAV_TAKEOFF && last != null && Float.isFinite(item.z())) {
                last = new GeoPoint(last.latitude(), last.longitude(), item.z());
                points.add(last);
            } else if (cmd == MavCmd.NAV_RETURN_TO_LAUNCH) {
                if (!points.isEmpty() && last != null) { // a mission's RTL item flies home still in AUTO
                    points.add(new GeoPoint(points.get(0).latitude(), points.get(0).longitude(), last.altitude()));
                }
                break;
            } else if (hasPosition(item)) {
                last = new GeoPoint(item.latitude(), item.longitude(), item.z());
                points.add(last);
                if (cmd == MavCmd.NAV_PAYLOAD_PLACE && drop == null) {
                    drop = last;
                }
            } else if (drop == null && last != null && (cmd == MavCmd.DO_SET_SERVO
                    || (cmd == MavCmd.DO_GRIPPER && (int) item.param2() == MavCmd.GRIPPER_ACTION_RELEASE))) {
                drop = last;
            }
        }
        return new PlannedRoute(dedupe(points), Optional.ofNullable(drop));
    }

    private static boolean hasPosition(MissionItem item) {
        return MavFrame.isGlobal(item.frame()) && item.command() < 100 && (item.x() != 0 || item.y() != 0)
                && Math.abs(item.latitude()) <= 90 && Math.abs(item.longitude()) <= 180 && Float.isFinite(item.z());
    }

    private static List<GeoPoint> dedupe(List<GeoPoint> in) {
        List<GeoPoint> out = new ArrayList<>();
        for (GeoPoint p : in) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
