package org.lifeline.plan;

import java.util.List;
import java.util.Optional;

import org.lifeline.mission.MissionItem;

/**
 * Everything a plan file holds. {@code mission} are the mission items after home: for
 * ArduPilot they are uploaded at sequence 1..n with {@code plannedHome} (or a placeholder) at
 * sequence 0.
 *
 * @param plannedHome where the vehicle is expected to take off (altitude AMSL), if known
 * @param mission     the mission items, home excluded
 * @param fence       the geofence
 * @param rally       the rally points
 */
public record FlightPlan(Optional<GeoPoint> plannedHome, List<MissionItem> mission, Geofence fence,
                         List<RallyPoint> rally) {

    public FlightPlan {
        mission = List.copyOf(mission);
        rally = List.copyOf(rally);
    }
}
