package org.lifeline.simulator.vehicle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.plan.FenceCircle;
import org.lifeline.plan.FencePolygon;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;
import org.lifeline.plan.RallyPoint;

/**
 * The mission, fence and rally plans stored on the vehicle (its "EEPROM": they survive a
 * reboot). The MISSION plan always has item 0, the home position, as ArduPilot's does; what a
 * ground station uploads at sequence 0 is overwritten by the real home.
 */
public final class VehiclePlans {

    private final Map<MissionType, List<MissionItem>> plans = new EnumMap<>(MissionType.class);
    private int version;

    public VehiclePlans() {
        for (MissionType t : MissionType.values()) {
            plans.put(t, new ArrayList<>());
        }
    }

    /** The stored items of {@code type}; for MISSION, item 0 is replaced by {@code home}. */
    public MissionPlan plan(MissionType type, GeoPoint home) {
        List<MissionItem> items = new ArrayList<>(plans.get(type));
        if (type == MissionType.MISSION) {
            MissionItem h = new MissionItem(MavCmd.NAV_WAYPOINT, org.lifeline.mission.MavFrame.GLOBAL, false, true, 0, 0, 0, 0,
                    MissionItem.toE7(home.latitude()), MissionItem.toE7(home.longitude()), (float) home.altitude());
            if (items.isEmpty()) {
                items.add(h);
            } else {
                items.set(0, h);
            }
        }
        return new MissionPlan(type, items);
    }

    public void store(MissionType type, List<MissionItem> items) {
        plans.put(type, new ArrayList<>(items));
        version++;
    }

    public void clear(MissionType type) {
        store(type, List.of());
    }

    /** Incremented on every change, so the autopilot notices a new fence or mission. */
    public int version() {
        return version;
    }

    /** The geofence described by the FENCE items (polygon vertices and circles). */
    public Geofence geofence() {
        List<FencePolygon> polygons = new ArrayList<>();
        List<FenceCircle> circles = new ArrayList<>();
        List<MissionItem> items = plans.get(MissionType.FENCE);
        int i = 0;
        while (i < items.size()) {
            MissionItem it = items.get(i);
            int cmd = it.command();
            if (cmd == MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION || cmd == MavCmd.NAV_FENCE_POLYGON_VERTEX_EXCLUSION) {
                int n = Math.max(3, Math.round(it.param1()));
                List<GeoPoint> vertices = new ArrayList<>();
                for (int k = 0; k < n && i + k < items.size() && items.get(i + k).command() == cmd; k++) {
                    vertices.add(GeoPoint.of(items.get(i + k).latitude(), items.get(i + k).longitude()));
                }
                if (vertices.size() >= 3) {
                    polygons.add(new FencePolygon(cmd == MavCmd.NAV_FENCE_POLYGON_VERTEX_INCLUSION, vertices));
                }
                i += Math.max(1, vertices.size());
            } else {
                if ((cmd == MavCmd.NAV_FENCE_CIRCLE_INCLUSION || cmd == MavCmd.NAV_FENCE_CIRCLE_EXCLUSION) && it.param1() > 0) {
                    circles.add(new FenceCircle(cmd == MavCmd.NAV_FENCE_CIRCLE_INCLUSION, GeoPoint.of(it.latitude(), it.longitude()), it.param1()));
                }
                i++;
            }
        }
        return new Geofence(polygons, circles);
    }

    /** The rally points (altitude relative to home). */
    public List<RallyPoint> rallyPoints() {
        List<RallyPoint> out = new ArrayList<>();
        for (MissionItem it : plans.get(MissionType.RALLY)) {
            if (it.command() == MavCmd.NAV_RALLY_POINT) {
                out.add(new RallyPoint(new GeoPoint(it.latitude(), it.longitude(), it.z())));
            }
        }
        return out;
    }
}
