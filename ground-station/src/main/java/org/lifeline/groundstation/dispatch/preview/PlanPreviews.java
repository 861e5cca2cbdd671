package org.lifeline.groundstation.dispatch.preview;

import java.util.ArrayList;
import java.util.List;

import org.lifeline.groundstation.planning.energy.EnergyEstimate;
import org.lifeline.groundstation.planning.energy.EnergyEstimator;
import org.lifeline.groundstation.planning.mission.BuiltMission;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.mission.MavCmd;
import org.lifeline.mission.MavFrame;
import org.lifeline.mission.MissionItem;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.VehiclePlans;

/**
 * Builds a {@link PlanPreview} from a {@code .plan} and the drone's vehicle file. The energy
 * is the planner's own {@link EnergyEstimator}, flown over the items of the file, so it is the
 * estimate of what would be uploaded. Legs are "to drop 1", "to drop 2", …, "home", split at
 * each release.
 */
public final class PlanPreviews {

    private PlanPreviews() {
    }

    private record Walk(List<MissionItem> items, List<String> legs, List<GeoPoint> route, List<GeoPoint> releases,
                        List<double[]> profile) {
    }

    /**
     * @throws IllegalArgumentException when the plan has no home position (a {@code .plan} without plannedHomePosition)
     */
    public static PlanPreview of(String sortieId, String droneId, FlightPlan plan, VehicleProfile vehicle) {
        GeoPoint home = home(plan);
        Walk w = walk(plan, home);
        EnergyEstimate e = new EnergyEstimator(vehicle).estimate(new BuiltMission(home, w.items(), w.legs()));
        return new PlanPreview(sortieId, droneId, vehicle.name(), home, w.route(), w.releases(), plan.fence(), w.profile(), e.legs(),
                e.metres(), e.seconds(), e.wattHours(), e.batteryWh(), vehicle.reservePercent(), e.reserveWh());
    }

    /** The positions the plan flies through, from home back to the landing (altitude relative to home). */
    public static List<GeoPoint> route(FlightPlan plan) {
        return walk(plan, home(plan)).route();
    }

    private static GeoPoint home(FlightPlan plan) {
        return plan.plannedHome().orElseThrow(() -> new IllegalArgumentException(
                "the plan has no plannedHomePosition; expected the launch site as home"));
    }

    private static Walk walk(FlightPlan plan, GeoPoint home) {
        List<MissionItem> items = new ArrayList<>();
        List<String> legs = new ArrayList<>();
        items.add(VehiclePlans.homeItem(home));
        legs.add("to drop 1");
        int drop = 1;
        List<GeoPoint> route = new ArrayList<>();
        List<GeoPoint> releases = new ArrayList<>();
        List<double[]> profile = new ArrayList<>();
        GeoPoint last = new GeoPoint(home.latitude(), home.longitude(), 0);
        route.add(last);
        profile.add(new double[] {0, 0});
        double flown = 0;
        for (MissionItem it : plan.mission()) {
            items.add(it);
            legs.add("to drop " + drop);
            if (it.command() == MavCmd.DO_GRIPPER) {
                releases.add(last);
                drop++;
                continue;
            }
            if (!positioned(it)) {
                continue;
            }
            boolean atHome = it.command() == MavCmd.NAV_RETURN_TO_LAUNCH || !MavFrame.isGlobal(it.frame())
                    || (it.x() == 0 && it.y() == 0);
            boolean here = it.command() == MavCmd.NAV_TAKEOFF;
            double lat = here ? last.latitude() : atHome ? home.latitude() : it.latitude();
            double lon = here ? last.longitude() : atHome ? home.longitude() : it.longitude();
            double alt = it.command() == MavCmd.NAV_LAND || it.command() == MavCmd.NAV_RETURN_TO_LAUNCH ? 0 : it.z();
            GeoPoint p = new GeoPoint(lat, lon, alt);
            flown += EnergyEstimator.distance(last.latitude(), last.longitude(), lat, lon);
            route.add(p);
            profile.add(new double[] {flown, alt});
            last = p;
        }
        String homeward = "to drop " + drop;
        legs.replaceAll(l -> l.equals(homeward) ? "home" : l);
        return new Walk(items, legs, route, releases, profile);
    }

    private static boolean positioned(MissionItem it) {
        return it.command() == MavCmd.NAV_WAYPOINT || it.command() == MavCmd.NAV_TAKEOFF || it.command() == MavCmd.NAV_LAND
                || it.command() == MavCmd.NAV_RETURN_TO_LAUNCH || it.command() == MavCmd.NAV_LOITER_TIME
                || it.command() == MavCmd.NAV_SPLINE_WAYPOINT;
    }
}
