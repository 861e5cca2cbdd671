package org.lifeline.groundstation.planning.mission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.Geofence;
import org.lifeline.plan.RallyPoint;

/**
 * A mission as built for upload: {@code items.get(0)} is home (the launch site), as ArduPilot
 * expects; {@code legs.get(i)} names the route leg item {@code i} belongs to, so that time and
 * energy can be reported per leg.
 */
public record BuiltMission(GeoPoint home, List<MissionItem> items, List<String> legs) {

    public BuiltMission {
        items = List.copyOf(items);
        legs = List.copyOf(legs);
        if (items.size() != legs.size()) {
            throw new IllegalArgumentException(items.size() + " items but " + legs.size() + " leg names");
        }
    }

    /** The mission for the transfer engine, home at sequence 0. */
    public MissionPlan missionPlan() {
        return new MissionPlan(MissionType.MISSION, items);
    }

    /** The items after home, as a {@link FlightPlan} holds them. */
    public List<MissionItem> itemsAfterHome() {
        return items.subList(1, items.size());
    }

    /** A plan file's content: this mission with the given fence and rally points. */
    public FlightPlan flightPlan(Geofence fence, List<RallyPoint> rally) {
        return new FlightPlan(Optional.of(home), itemsAfterHome(), fence, rally);
    }

    /** Sequence numbers (in {@link #items()}) of every {@code DO_GRIPPER} that marks a drop (release or, for the autopilot's gripper, grab). */
    public List<Integer> releaseSequences() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).command() == MavCmd.DO_GRIPPER) {
                out.add(i);
            }
        }
        return out;
    }
}
