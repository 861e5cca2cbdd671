package org.lifeline.simulator.vehicle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.plan.FenceItems;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;
import org.lifeline.plan.PlanFileException;
import org.lifeline.plan.RallyItems;
import org.lifeline.plan.RallyPoint;

/**
 * The mission, fence and rally plans stored on the vehicle (its "EEPROM": they survive a
 * reboot). The MISSION plan always has item 0, the home position, as ArduPilot's does; what a
 * ground station uploads at sequence 0 is overwritten by the real home.
 */
public final class StoredPlans {

    private final Map<MissionType, List<MissionItem>> plans = new EnumMap<>(MissionType.class);
    private int version;

    public StoredPlans() {
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

    /**
     * The geofence described by the FENCE items (the fence return point is not a zone and is
     * skipped). A fence the plan reader cannot make sense of counts as no fence, so a bad upload
     * never stops the vehicle; ArduPilot would have refused it at upload.
     */
    public Geofence geofence() {
        List<MissionItem> zones = new ArrayList<>();
        for (MissionItem it : plans.get(MissionType.FENCE)) {
            if (it.command() != MavCmd.NAV_FENCE_RETURN_POINT) {
                zones.add(it);
            }
        }
        try {
            return FenceItems.fromItems(zones);
        } catch (PlanFileException | IllegalArgumentException e) {
            return Geofence.none();
        }
    }

    /** The rally points (altitude relative to home). */
    public List<RallyPoint> rallyPoints() {
        try {
            return RallyItems.fromItems(plans.get(MissionType.RALLY));
        } catch (PlanFileException | IllegalArgumentException e) {
            return List.of();
        }
    }
}
