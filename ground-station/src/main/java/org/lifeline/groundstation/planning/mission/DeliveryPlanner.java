package org.lifeline.groundstation.planning.mission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.airspace.LaunchSite;
import org.lifeline.groundstation.airspace.NoFlyZone;
import org.lifeline.groundstation.geo.LocalProjection;
import org.lifeline.groundstation.planning.altitude.AirspaceLimits;
import org.lifeline.groundstation.planning.altitude.AltitudeConflictException;
import org.lifeline.groundstation.planning.altitude.AltitudeProfiler;
import org.lifeline.groundstation.planning.altitude.LegAltitudes;
import org.lifeline.groundstation.planning.energy.EnergyEstimate;
import org.lifeline.groundstation.planning.energy.EnergyEstimator;
import org.lifeline.groundstation.planning.energy.EnergyRefusedException;
import org.lifeline.groundstation.planning.fence.FenceBudgetException;
import org.lifeline.groundstation.planning.fence.FencePlanner;
import org.lifeline.groundstation.planning.fence.FenceZone;
import org.lifeline.groundstation.planning.fence.RallyPoints;
import org.lifeline.groundstation.planning.fence.SimplifiedFence;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.RallyPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Plans one delivery tour end to end: route each leg ({@link LegRouter}), choose altitudes
 * ({@link AltitudeProfiler}), check the route against the airspace, build the mission
 * ({@link MissionBuilder}), refuse it if it would land below the reserve
 * ({@link EnergyEstimator}), and fit the fence ({@link FencePlanner}) and rally points.
 *
 * <p>No-fly zones the route overflies are not fenced: an autopilot fence polygon holds at every
 * altitude, so it would trip over a school the mission crosses at 60 m. Their protection is
 * the altitude profile. Quarantine zones are never fenced, since deliveries go into them.
 */
public final class DeliveryPlanner {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Airspace airspace;
    private final VehicleProfile vehicle;
    private final LegRouter router;
    private final LocalProjection projection;

    public DeliveryPlanner(Airspace airspace, VehicleProfile vehicle, LegRouter router, LocalProjection projection) {
        this.airspace = airspace;
        this.vehicle = vehicle;
        this.router = router;
        this.projection = projection;
    }

    /** The projection planning uses for an airspace: centred on its operating area. */
    public static LocalProjection projectionFor(Airspace airspace) {
        return LocalProjection.centredOn(airspace.operatingArea().area());
    }

    public DeliveryPlan plan(DeliveryRequest request) throws PlanningException {
        Stop launch = launch(request.launchId());
        List<Drop> drops = new ArrayList<>();
        for (String id : request.dropIds()) {
            drops.add(drop(id));
        }
        if (drops.isEmpty()) {
            throw new PlanningException(PlanningException.Reason.BAD_INPUT, "no drop point given; name at least one with --to");
        }
        if (request.payloadKg().isPresent() && request.payloadKg().getAsDouble() > vehicle.maxPayloadKg()) {
            throw new PlanningException(PlanningException.Reason.BAD_INPUT, String.format(Locale.ROOT,
                    "payload %.2f kg is over the vehicle's maximum of %.2f kg", request.payloadKg().getAsDouble(),
                    vehicle.maxPayloadKg()));
        }
        checkSafeSpots(request.safeSpots());
        List<Stop> stops = new ArrayList<>();
        stops.add(launch);
        drops.forEach(d -> stops.add(d.stop()));
        stops.add(launch);
        List<RouteLeg> legs = new ArrayList<>();
        for (int i = 0; i + 1 < stops.size(); i++) {
            legs.add(leg(stops.get(i), stops.get(i + 1)));
        }
        DeliveryRoute route = new DeliveryRoute(launch, drops, legs);
        NoFlyClearance clearance = RouteChecks.check(airspace, projection, legs);
        BuiltMission mission;
        try {
            mission = new MissionBuilder(vehicle, request.landing()).build(route);
        } catch (IllegalArgumentException e) {
            throw new PlanningException(PlanningException.Reason.BAD_INPUT, e.getMessage(), e);
        }
        EnergyEstimate energy = new EnergyEstimator(vehicle).estimate(mission);
        try {
            energy.requireReserve();
        } catch (EnergyRefusedException e) {
            throw new PlanningException(PlanningException.Reason.ENERGY, e.getMessage(), e);
        }
        Polygon part = operatingAreaPart(legs, stops);
        SimplifiedFence fence = fence(part, legs, stops, Math.min(vehicle.fenceClearance(), request.margin()));
        List<GeoPoint> launchSites = airspace.launchSites().stream().map(LaunchSite::position)
                .filter(p -> part.covers(GEOMETRY.createPoint(projection.toLocal(p)))).toList();
        List<RallyPoint> rally = RallyPoints.of(launchSites, request.safeSpots(), vehicle.cruiseAltitude());
        return new DeliveryPlan(airspace, projection, vehicle, request.margin(), route, mission, fence,
                fence.toGeofence(projection::toGeo), rally, energy, clearance);
    }

    private RouteLeg leg(Stop from, Stop to) throws PlanningException {
        String name = from.id() + " → " + to.id();
        List<GeoPoint> points;
        try {
            points = router.route(from, to);
        } catch (NoRouteException e) {
            throw new PlanningException(PlanningException.Reason.NO_ROUTE, "no route " + name + ": " + e.getMessage(), e);
        }
        List<Coordinate> local = points.stream().map(projection::toLocal).toList();
        AltitudeProfiler profiler = new AltitudeProfiler(vehicle.cruiseAltitude(), vehicle.dropWindow().max(),
                vehicle.maxAltitude(), vehicle.fenceClearance(),
                AirspaceLimits.forLeg(airspace, projection, vehicle.verticalMargin(), from.position(), to.position()));
        try {
            LegAltitudes altitudes = profiler.profile(name, local);
            return new RouteLeg(name, points, altitudes);
        } catch (AltitudeConflictException e) {
            throw new PlanningException(PlanningException.Reason.ALTITUDE, "altitude: " + e.getMessage(), e);
        }
    }

    private Geometry track(List<RouteLeg> legs, List<Stop> stops) {
        List<Geometry> parts = new ArrayList<>();
        for (RouteLeg leg : legs) {
            parts.add(GEOMETRY.createLineString(leg.points().stream().map(projection::toLocal).toArray(Coordinate[]::new)));
        }
        for (Stop s : stops) {
            parts.add(GEOMETRY.createPoint(projection.toLocal(s.position())));
        }
        return GEOMETRY.buildGeometry(parts);
    }

    /**
     * The part of the operating area (a polygon, holes included) the whole flight stays in. A
     * route never crosses from one part of a MultiPolygon to another: the margin separates them.
     */
    private Polygon operatingAreaPart(List<RouteLeg> legs, List<Stop> stops) throws PlanningException {
        Geometry track = track(legs, stops);
        Geometry area = projection.toLocal(airspace.operatingArea().area());
        for (int i = 0; i < area.getNumGeometries(); i++) {
            if (area.getGeometryN(i) instanceof Polygon p && p.covers(track)) {
                return p;
            }
        }
        throw new PlanningException(PlanningException.Reason.UNSAFE_ROUTE,
                "the route leaves the operating area " + airspace.operatingArea().id());
    }

    /**
     * The fence: the outer ring of the operating area's part the flight uses as the inclusion,
     * its holes and the no-fly zones flown around as exclusions. The other parts of a
     * MultiPolygon area are not fenced: ArduPilot keeps a vehicle inside every inclusion polygon
     * at once (their intersection, unless FENCE_OPTIONS asks for their union), so a second,
     * disjoint inclusion would be breached from the moment of takeoff.
     *
     * <p>{@code clearance} is the vehicle's fence clearance, but never more than the route's
     * margin: the route step keeps the margin from every boundary, holes included, so the fence
     * step accepts the exact outlines of any route the route step accepted.
     */
    private SimplifiedFence fence(Polygon part, List<RouteLeg> legs, List<Stop> stops, double clearance)
            throws PlanningException {
        Geometry track = track(legs, stops);
        Optional<Polygon> inclusion = Optional.of(part);
        List<FenceZone> exclusions = new ArrayList<>();
        for (NoFlyZone z : airspace.noFlyZones()) {
            Geometry g = projection.toLocal(z.area());
            if (!g.intersects(part)) {
                continue; // in another part of the operating area, or outside it
            }
            double distance = g.distance(track);
            if (distance <= 0 || distance < clearance) {
                continue; // overflown: an exclusion polygon would trip at every altitude
            }
            for (int i = 0; i < g.getNumGeometries(); i++) {
                String id = g.getNumGeometries() == 1 ? z.id() : z.id() + "#" + (i + 1);
                exclusions.add(FenceZone.polygon(id, (Polygon) g.getGeometryN(i)));
            }
        }
        try {
            return new FencePlanner(vehicle.fenceVertexBudget(), clearance)
                    .plan(inclusion, exclusions, track);
        } catch (FenceBudgetException e) {
            throw new PlanningException(PlanningException.Reason.FENCE, e.getMessage(), e);
        }
    }

    /** A rally point is where the autopilot may go on its own: never outside the area or into a no-fly zone. */
    private void checkSafeSpots(List<GeoPoint> spots) throws PlanningException {
        for (GeoPoint p : spots) {
            var point = GEOMETRY.createPoint(new Coordinate(p.longitude(), p.latitude()));
            String where = String.format(Locale.ROOT, "rally point %.6f,%.6f", p.latitude(), p.longitude());
            if (!airspace.operatingArea().area().covers(point)) {
                throw new PlanningException(PlanningException.Reason.BAD_INPUT,
                        where + " is outside the operating area " + airspace.operatingArea().id());
            }
            for (NoFlyZone z : airspace.noFlyZones()) {
                if (z.area().covers(point)) {
                    throw new PlanningException(PlanningException.Reason.BAD_INPUT,
                            where + " is inside no-fly zone " + z.id());
                }
            }
        }
    }

    private Stop launch(String id) throws PlanningException {
        Optional<String> refusal = airspace.launchSiteRefusal(id);
        if (refusal.isPresent()) {
            throw new PlanningException(PlanningException.Reason.BAD_INPUT, refusal.get());
        }
        LaunchSite l = airspace.launchSite(id).orElseThrow();
        return new Stop(l.id(), l.name(), l.position());
    }

    private Drop drop(String id) throws PlanningException {
        Optional<String> refusal = airspace.dropPointRefusal(id);
        if (refusal.isPresent()) {
            throw new PlanningException(PlanningException.Reason.BAD_INPUT, refusal.get());
        }
        DropPoint d = airspace.dropPoint(id).orElseThrow();
        double altitude = d.dropAltitudeMetres().orElse(vehicle.dropWindow().preferred());
        if (!vehicle.dropWindow().contains(altitude)) {
            throw new PlanningException(PlanningException.Reason.BAD_INPUT, String.format(Locale.ROOT,
                    "drop point %s asks for a drop altitude of %.1f m, outside the vehicle's drop window %.1f..%.1f m",
                    id, altitude, vehicle.dropWindow().min(), vehicle.dropWindow().max()));
        }
        return new Drop(new Stop(d.id(), d.name(), d.position()), altitude);
    }
}
