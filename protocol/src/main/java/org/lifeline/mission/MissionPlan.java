package org.lifeline.mission;

import java.util.List;
import java.util.Objects;

/**
 * The items of one mission type as they stand on the vehicle, sequence = index. For an
 * ArduPilot MISSION, item 0 is the home position (the vehicle overwrites it); callers that
 * build missions for ArduPilot put the launch point there.
 */
public record MissionPlan(MissionType type, List<MissionItem> items) {

    public MissionPlan {
        Objects.requireNonNull(type, "type");
        items = List.copyOf(items);
    }

    public static MissionPlan empty(MissionType type) {
        return new MissionPlan(type, List.of());
    }

    public int size() {
        return items.size();
    }

    public MissionItem item(int seq) {
        return items.get(seq);
    }
}
