package org.lifeline.groundstation.dispatch.flight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.lifeline.groundstation.planning.vehicle.ReleaseOwner;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;

/**
 * The drops of a sortie's mission, paired with its parcels. A drop is what the mission planner
 * writes and the agent's drop finder looks for: a NAV_WAYPOINT or NAV_LOITER_TIME with a hold
 * time, followed (before the next navigation item) by DO_GRIPPER with the vehicle's release
 * owner's marker action. Its altitude must be above home (the planner's frame) and inside the
 * vehicle's drop window. The agent is told to hold the release to the hold's own altitude, give or
 * take {@link #RELEASE_HEIGHT_TOLERANCE_METRES} (and never outside the vehicle's window): the hold
 * is approached from straight above, with no horizontal speed, so a window as wide as the
 * vehicle's would let the agent release while still descending, at the window's top, whatever
 * altitude the plan holds at.
 *
 * <p>The sortie's parcels are in drop order, and the planner writes one drop per parcel in that
 * order, so the i-th drop is the i-th parcel's. A count that differs means the plan is not this
 * sortie's: refused, nothing sent.
 */
public final class SortieDrops {

    /** MAV_CMD numbers up to this are navigation commands (MAV_CMD_NAV_LAST). */
    private static final int NAV_LAST = 95;

    /** How far above or below the hold's altitude the agent may release, metres. */
    public static final double RELEASE_HEIGHT_TOLERANCE_METRES = 1.0;

    private SortieDrops() {
    }

    /**
     * The parcels' drops.
     *
     * @param mission   the vehicle's mission, item 0 home
     * @param parcelIds the sortie's parcels, in drop order
     * @throws IllegalArgumentException saying why the mission does not carry these parcels
     */
    public static List<ParcelDrop> pair(List<MissionItem> mission, List<String> parcelIds, VehicleProfile vehicle,
                                        FlightSettings settings) {
        return pair(mission, parcelIds, vehicle, settings, parcelIds.stream().map(p -> OptionalDouble.empty()).toList());
    }

    /**
     * As above, with each parcel's drop zone radius where its airspace drop point names one
     * ({@code zoneRadius}); the others get the larger of the hold waypoint's acceptance radius and
     * {@link FlightSettings#minZoneRadiusMetres()}.
     */
    public static List<ParcelDrop> pair(List<MissionItem> mission, List<String> parcelIds, VehicleProfile vehicle,
                                        FlightSettings settings, List<OptionalDouble> zoneRadii) {
        if (zoneRadii.size() != parcelIds.size()) {
            throw new IllegalArgumentException(zoneRadii.size() + " zone radii for " + parcelIds.size() + " parcels");
        }
        List<Integer> holds = holds(mission, vehicle.releaseOwner());
        if (holds.size() != parcelIds.size()) {
            throw new IllegalArgumentException("the mission has " + holds.size() + " drop(s)" + (holds.isEmpty() ? ""
                    : " (items " + holds + ")") + " but the sortie carries " + parcelIds.size() + " parcel(s)");
        }
        List<ParcelDrop> drops = new ArrayList<>();
        for (int i = 0; i < holds.size(); i++) {
            int seq = holds.get(i);
            MissionItem hold = mission.get(seq);
            if (hold.frame() != MavFrame.GLOBAL_RELATIVE_ALT && hold.frame() != MavFrame.GLOBAL_RELATIVE_ALT_INT) {
                throw new IllegalArgumentException("drop item " + seq + " is in MAV_FRAME " + hold.frame()
                        + "; expected an altitude above home (GLOBAL_RELATIVE_ALT), as the mission planner writes it");
            }
            double vehicleMin = vehicle.dropWindow().min();
            double vehicleMax = vehicle.dropWindow().max();
            if (hold.z() < vehicleMin || hold.z() > vehicleMax) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "drop item %d holds at %.1f m, outside %s's "
                        + "drop window %.1f..%.1f m", seq, hold.z(), vehicle.name(), vehicleMin, vehicleMax));
            }
            double min = Math.max(vehicleMin, hold.z() - RELEASE_HEIGHT_TOLERANCE_METRES);
            double max = Math.min(vehicleMax, hold.z() + RELEASE_HEIGHT_TOLERANCE_METRES);
            double zone = zoneRadii.get(i).orElse(Math.max(settings.minZoneRadiusMetres(), hold.param2()));
            drops.add(new ParcelDrop(parcelIds.get(i), seq, hold.latitude(), hold.longitude(), zone, min, max,
                    settings.maxDropSpeed()));
        }
        return List.copyOf(drops);
    }

    /** Sequence numbers of the drops' hold waypoints (item 0, home, is never one). */
    public static List<Integer> holds(List<MissionItem> mission, ReleaseOwner owner) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < mission.size(); i++) {
            MissionItem hold = mission.get(i);
            boolean holdCommand = hold.command() == MavCmd.NAV_WAYPOINT || hold.command() == MavCmd.NAV_LOITER_TIME;
            if (!holdCommand || !(hold.param1() > 0)) {
                continue;
            }
            for (int j = i + 1; j < mission.size(); j++) {
                MissionItem next = mission.get(j);
                if (next.command() <= NAV_LAST) {
                    break;
                }
                if (next.command() == MavCmd.DO_GRIPPER && Math.round(next.param2()) == owner.markerAction()) {
                    out.add(i);
                    break;
                }
            }
        }
        return List.copyOf(out);
    }
}
