package org.lifeline.groundstation.planning.mission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.NoFlyZone;
import org.lifeline.groundstation.airspace.QuarantineZone;
import org.lifeline.groundstation.geo.LocalProjection;
import org.lifeline.groundstation.planning.altitude.AirspaceLimits;
import org.lifeline.groundstation.planning.route.Obstacle;
import org.lifeline.groundstation.planning.route.PlanarPath;
import org.lifeline.groundstation.planning.route.Planned;
import org.lifeline.groundstation.planning.route.VisibilityGraphPlanner;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.plan.GeoPoint;
import org.locationtech.jts.geom.Coordinate;

/**
 * {@link LegRouter} over the airspace route planner. A zone is an obstacle to a leg when no
 * altitude the vehicle may fly gets it past: a no-fly zone whose ceiling plus the vertical
 * margin is above the vehicle's maximum altitude and whose floor less the margin is below the
 * cruise altitude; a quarantine zone whose minimum overflight altitude is above the vehicle's
 * maximum, unless the leg delivers into it. Every other zone is flown over (or under) and left
 * to the altitude profile. Planners are cached per set of obstacles, since legs into different
 * quarantine zones see different ones.
 */
public final class AirspaceLegRouter implements LegRouter {

    private final Airspace airspace;
    private final VehicleProfile vehicle;
    private final LocalProjection projection;
    private final double margin;
    private final Map<Set<String>, VisibilityGraphPlanner> planners = new HashMap<>();

    public AirspaceLegRouter(Airspace airspace, VehicleProfile vehicle, LocalProjection projection, double margin) {
        this.airspace = airspace;
        this.vehicle = vehicle;
        this.projection = projection;
        this.margin = margin;
    }

    @Override
    public List<GeoPoint> route(Stop from, Stop to) throws NoRouteException {
        List<Obstacle> obstacles = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        for (NoFlyZone z : airspace.noFlyZones()) {
            boolean over = z.ceilingMetres() + vehicle.verticalMargin() <= vehicle.maxAltitude();
            boolean under = z.floorMetres() > 0 && z.floorMetres() - vehicle.verticalMargin() >= vehicle.cruiseAltitude();
            if (!over && !under) {
                obstacles.add(new Obstacle(z.id(), projection.toLocal(z.area())));
                ids.add(z.id());
            }
        }
        for (QuarantineZone q : airspace.quarantineZones()) {
            if (q.minOverflightAltitudeMetres() > vehicle.maxAltitude()
                    && !AirspaceLimits.servesZone(q, from.position(), to.position())) {
                obstacles.add(new Obstacle(q.id(), projection.toLocal(q.area())));
                ids.add(q.id());
            }
        }
        VisibilityGraphPlanner planner = planners.computeIfAbsent(ids,
                k -> new VisibilityGraphPlanner(projection.toLocal(airspace.operatingArea().area()), obstacles, margin));
        Coordinate a = projection.toLocal(from.position());
        Coordinate b = projection.toLocal(to.position());
        Planned<PlanarPath> planned = planner.shortestPath(a, b);
        if (planned instanceof Planned.Blocked<PlanarPath> blocked) {
            throw new NoRouteException(blocked.blockage().reason());
        }
        List<Coordinate> points = ((Planned.Found<PlanarPath>) planned).value().points();
        List<GeoPoint> out = new ArrayList<>(points.size());
        out.add(from.position());
        for (int i = 1; i < points.size() - 1; i++) {
            out.add(projection.toGeo(points.get(i)));
        }
        out.add(to.position());
        return out;
    }
}
