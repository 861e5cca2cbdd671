package org.lifeline.groundstation.planning.mission;

import java.util.ArrayList;
import java.util.List;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.planning.route.AirspaceRoutePlanner;
import org.lifeline.groundstation.planning.route.Planned;
import org.lifeline.groundstation.planning.route.Route;
import org.lifeline.groundstation.planning.route.RouteOptions;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.plan.GeoPoint;

/**
 * {@link LegRouter} over the airspace route planner, asked for the highest altitude the vehicle
 * may transit at ({@code maxAltitude - verticalMargin}): a zone is flown around only if it still
 * blocks there, i.e. if no legal altitude gets the vehicle over it with its margin. Every other
 * zone is left to the altitude profile, which climbs over it only where the route crosses it,
 * so the route is the shortest the vehicle may legally fly rather than the shortest at cruise.
 * Legs into and out of a quarantine zone may enter it (the planner lifts it for them).
 */
public final class AirspaceLegRouter implements LegRouter {

    private final AirspaceRoutePlanner planner;

    /**
     * @param airspace the airspace in force for the flight
     * @param vehicle  the vehicle, for its altitude limits
     * @param margin   horizontal safety margin, metres
     */
    public AirspaceLegRouter(Airspace airspace, VehicleProfile vehicle, double margin) {
        double transit = Math.max(0, vehicle.maxAltitude() - vehicle.verticalMargin());
        this.planner = new AirspaceRoutePlanner(airspace, new RouteOptions(margin, transit, null));
    }

    /** A router over an existing planner (which must route at the vehicle's transit altitude). */
    public AirspaceLegRouter(AirspaceRoutePlanner planner) {
        this.planner = java.util.Objects.requireNonNull(planner, "planner");
    }

    @Override
    public List<GeoPoint> route(Stop from, Stop to) throws NoRouteException {
        Planned<Route> planned = planner.tour(List.of(from.id(), to.id()));
        if (planned instanceof Planned.Blocked<Route> blocked) {
            // the planner names the leg, and so will the caller: say it once
            String leg = "leg " + from.id() + " → " + to.id() + ": ";
            String reason = blocked.blockage().reason();
            throw new NoRouteException(reason.startsWith(leg) ? reason.substring(leg.length()) : reason);
        }
        List<GeoPoint> points = ((Planned.Found<Route>) planned).value().legs().get(0).points();
        List<GeoPoint> out = new ArrayList<>(points.size());
        out.add(from.position());
        for (int i = 1; i < points.size() - 1; i++) {
            out.add(GeoPoint.of(points.get(i).latitude(), points.get(i).longitude()));
        }
        out.add(to.position());
        return out;
    }
}
