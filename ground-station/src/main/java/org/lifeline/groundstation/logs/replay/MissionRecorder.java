package org.lifeline.groundstation.logs.replay;

import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Rebuilds the plans a log recorded from its mission transfers. A transfer, in either direction
 * (an upload: the ground station's COUNT and items; a download: the vehicle's), starts with a
 * MISSION_COUNT and carries items 0..count-1 as MISSION_ITEM_INT or legacy MISSION_ITEM. Once
 * every item of a transfer has been seen, that plan is the one the vehicle holds from then on;
 * a later complete transfer replaces it. A transfer cut short (lost items, a cancelled upload)
 * changes nothing. A log that recorded only one direction still works: a pymavlink log of
 * received frames holds the vehicle's side of a download.
 */
final class MissionRecorder {

    private final Map<MissionType, MissionItem[]> open = new EnumMap<>(MissionType.class);
    private final Map<MissionType, Integer> filled = new EnumMap<>(MissionType.class);
    private final Map<MissionType, MissionPlan> complete = new EnumMap<>(MissionType.class);

    void count(ReplayWire.MissionCountSeen c) {
        MissionType type = typeOf(c.missionType());
        if (type == null) {
            return;
        }
        if (c.count() == 0) {
            open.remove(type);
            complete.put(type, MissionPlan.empty(type));
            return;
        }
        open.put(type, new MissionItem[c.count()]);
        filled.put(type, 0);
    }

    void item(ReplayWire.RecordedItem item) {
        MissionType type = typeOf(item.missionType());
        MissionItem[] items = type == null ? null : open.get(type);
        if (items == null || item.seq() < 0 || item.seq() >= items.length) {
            return;
        }
        if (items[item.seq()] == null) {
            filled.merge(type, 1, Integer::sum);
        }
        items[item.seq()] = item.item();
        if (filled.get(type) == items.length) {
            complete.put(type, new MissionPlan(type, new ArrayList<>(Arrays.asList(items))));
            open.remove(type);
        }
    }

    /** The plans completely recorded, latest transfer of each type. */
    Map<MissionType, MissionPlan> plans() {
        return Map.copyOf(complete);
    }

    private static MissionType typeOf(int wire) {
        for (MissionType t : MissionType.values()) {
            if (t.wireValue() == wire) {
                return t;
            }
        }
        return null;
    }
}
