package org.lifeline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.mission.MissionPlan;
import org.lifeline.mission.MissionType;

/**
 * A {@link FlightPlan} as the three plans the mission protocol transfers: MISSION, FENCE and
 * RALLY. The MISSION plan starts with home at sequence 0, as ArduPilot expects (it overwrites
 * that item with its own home on arming): the planned home, or 0,0 when none is known. Reading
 * back, item 0 becomes the planned home unless it is at 0,0.
 *
 * <p>Home's altitude (AMSL) travels as a 32-bit float, so it reads back rounded to float
 * precision (centimetres at typical elevations).
 */
public record VehiclePlans(MissionPlan mission, MissionPlan fence, MissionPlan rally) {

    private static final String SOURCE = "vehicle MISSION items";

    public VehiclePlans {
        requireType(mission, MissionType.MISSION);
        requireType(fence, MissionType.FENCE);
        requireType(rally, MissionType.RALLY);
    }

    /** The plans to upload for a flight plan. */
    public static VehiclePlans of(FlightPlan plan) {
        GeoPoint home = plan.plannedHome().orElse(GeoPoint.of(0, 0));
        List<MissionItem> mission = new ArrayList<>(plan.mission().size() + 1);
        mission.add(homeItem(home));
        mission.addAll(plan.mission());
        return new VehiclePlans(new MissionPlan(MissionType.MISSION, mission), FenceItems.toPlan(plan.fence()),
                RallyItems.toPlan(plan.rally()));
    }

    /** The item ArduPilot keeps at sequence 0: a waypoint at home, altitude AMSL. */
    public static MissionItem homeItem(GeoPoint home) {
        return new MissionItem(MavCmd.NAV_WAYPOINT, MavFrame.GLOBAL, false, true, 0, 0, 0, 0,
                MissionItem.toE7(home.latitude()), MissionItem.toE7(home.longitude()), (float) home.altitude());
    }

    /**
     * The flight plan these plans hold (as downloaded from a vehicle).
     *
     * @throws PlanFileException when home, the fence or the rally points do not read
     */
    public FlightPlan toFlightPlan() {
        Optional<GeoPoint> home = Optional.empty();
        List<MissionItem> items = mission.items();
        if (!items.isEmpty()) {
            MissionItem first = items.get(0);
            PositionCheck.require(SOURCE, "item 0", first);
            if (first.x() != 0 || first.y() != 0) {
                if (!Float.isFinite(first.z())) {
                    throw PlanFileException.field(SOURCE, "item 0", "z", "a finite home altitude in metres",
                            String.valueOf(first.z()));
                }
                home = Optional.of(new GeoPoint(first.latitude(), first.longitude(), first.z()));
            }
        }
        List<MissionItem> rest = items.isEmpty() ? List.of() : items.subList(1, items.size());
        return new FlightPlan(home, rest, FenceItems.fromPlan(fence), RallyItems.fromPlan(rally));
    }

    private static void requireType(MissionPlan plan, MissionType type) {
        Objects.requireNonNull(plan, type.name());
        if (plan.type() != type) {
            throw new IllegalArgumentException("expected a " + type + " plan, got " + plan.type());
        }
    }
}
