package org.lifeline.groundstation.planning.mission;

import java.util.List;
import java.util.Objects;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.geo.LocalProjection;
import org.lifeline.groundstation.planning.energy.EnergyEstimate;
import org.lifeline.groundstation.planning.fence.SimplifiedFence;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.plan.FlightPlan;
import org.lifeline.plan.Geofence;
import org.lifeline.plan.RallyPoint;

/**
 * Everything planned for one delivery tour, ready to export or upload.
 *
 * @param airspace   the airspace planned in
 * @param projection the local metric frame used
 * @param vehicle    the vehicle flown
 * @param margin     the horizontal safety margin kept from no-fly zones, metres
 * @param route      the route with its altitudes
 * @param mission    the mission items
 * @param fence      the simplified fence in local metres (for drawing)
 * @param geofence   the same fence in latitude/longitude (for upload)
 * @param rally      the rally points
 * @param energy     time and energy estimate
 * @param clearance  the smallest distance kept from a no-fly zone
 */
public record DeliveryPlan(Airspace airspace, LocalProjection projection, VehicleProfile vehicle, double margin,
                           DeliveryRoute route, BuiltMission mission, SimplifiedFence fence, Geofence geofence,
                           List<RallyPoint> rally, EnergyEstimate energy, NoFlyClearance clearance) {

    public DeliveryPlan {
        Objects.requireNonNull(airspace, "airspace");
        Objects.requireNonNull(projection, "projection");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(mission, "mission");
        rally = List.copyOf(rally);
    }

    /** The plan as a plan file holds it: mission after home, fence, rally points. */
    public FlightPlan flightPlan() {
        return mission.flightPlan(geofence, rally);
    }
}
