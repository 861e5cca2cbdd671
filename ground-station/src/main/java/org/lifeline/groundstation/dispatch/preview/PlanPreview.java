package org.lifeline.groundstation.dispatch.preview;

import java.util.List;

import org.lifeline.groundstation.planning.energy.LegEstimate;
import org.lifeline.plan.Geofence;
import org.lifeline.plan.GeoPoint;

/**
 * A sortie as it would be uploaded.
 *
 * @param sortieId       the sortie
 * @param droneId        its drone
 * @param vehicle        the vehicle file's name the energy is computed for
 * @param home           the launch site
 * @param route          every positioned mission item in flight order (altitude relative to home)
 * @param releases       where the parcels are released (the position before each DO_GRIPPER)
 * @param fence          the fence that would be uploaded
 * @param profile        the altitude profile: distance flown (m) and altitude (m) at each route point
 * @param legs           time and energy per leg
 * @param metres         distance in total
 * @param seconds        flight time in total
 * @param wattHours      energy needed
 * @param batteryWh      the battery's usable energy
 * @param reservePercent the share that must remain on landing
 * @param reserveWh      that share in Wh
 */
public record PlanPreview(String sortieId, String droneId, String vehicle, GeoPoint home, List<GeoPoint> route,
                          List<GeoPoint> releases, Geofence fence, List<double[]> profile, List<LegEstimate> legs,
                          double metres, double seconds, double wattHours, double batteryWh, double reservePercent,
                          double reserveWh) {

    public PlanPreview {
        route = List.copyOf(route);
        releases = List.copyOf(releases);
        profile = List.copyOf(profile);
        legs = List.copyOf(legs);
    }

    /** Energy left on landing. */
    public double remainingWh() {
        return batteryWh - wattHours;
    }

    public double remainingPercent() {
        return 100.0 * remainingWh() / batteryWh;
    }

    /** Energy left above the reserve; negative when the sortie would eat into it. */
    public double marginWh() {
        return remainingWh() - reserveWh;
    }

    public boolean keepsReserve() {
        return marginWh() >= 0;
    }
}
