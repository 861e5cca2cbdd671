package org.lifeline.groundstation.planning.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.airspace.LaunchSite;
import org.lifeline.groundstation.airspace.NoFlyZone;
import org.lifeline.groundstation.airspace.QuarantineZone;
import org.lifeline.groundstation.geo.LocalProjection;
import org.lifeline.plan.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Routes over an {@link Airspace}: picks the obstacles for a flight, projects them into a
 * {@link LocalProjection} centred on the operating area, and plans with a {@link
 * VisibilityGraphPlanner}.
 *
 * <p>Obstacles are the no-fly zones in force whose altitude band contains the cruise altitude,
 * and the quarantine zones in force that may not be overflown at it. A leg that starts or ends
 * at a drop point inside a quarantine zone listing that point may enter that zone (that is the
 * delivery); a launch site inside a quarantine zone may likewise be left and reached. Each
 * distinct set of such lifted zones has its own prepared planner, built on first use and kept.
 *
 * <pre>{@code
 * AirspaceRoutePlanner planner = new AirspaceRoutePlanner(airspace, new RouteOptions(20, 60, now));
 * Planned<Route> tour = planner.tour("depot", List.of("estate-7-gate", "clinic-roof"));  // and back
 * }</pre>
 */
public final class AirspaceRoutePlanner {

    private final Airspace airspace;
    private final RouteOptions options;
    private final LocalProjection projection;
    private final Geometry localArea;
    private final List<Obstacle> noFly = new ArrayList<>();
    private final Map<String, Obstacle> quarantine = new java.util.LinkedHashMap<>();
    private final Map<Set<String>, VisibilityGraphPlanner> planners;

    public AirspaceRoutePlanner(Airspace airspace, RouteOptions options) {
        if (airspace == null || options == null) {
            throw new IllegalArgumentException("airspace and options are required");
        }
        this.airspace = options.at() == null ? airspace : airspace.activeAt(options.at());
        this.options = options;
        this.planners = new ConcurrentHashMap<>();
        this.projection = LocalProjection.centredOn(airspace.operatingArea().area());
        this.localArea = projection.toLocal(airspace.operatingArea().area());
        for (NoFlyZone z : this.airspace.noFlyZones()) {
            if (z.blocksAltitude(options.altitudeMetres())) {
                noFly.add(new Obstacle(z.id(), projection.toLocal(z.area())));
            }
        }
        for (QuarantineZone z : this.airspace.quarantineZones()) {
            if (z.blocksTransitAt(options.altitudeMetres())) {
                quarantine.put(z.id(), new Obstacle(z.id(), projection.toLocal(z.area())));
            }
        }
    }

    private AirspaceRoutePlanner(AirspaceRoutePlanner base, Airspace airspace) {
        this.airspace = airspace;
        this.options = base.options;
        this.projection = base.projection;
        this.localArea = base.localArea;
        this.noFly.addAll(base.noFly);
        this.quarantine.putAll(base.quarantine);
        this.planners = base.planners;
    }

    /**
     * The same planner with more drop points to route to (a parcel's own drop position, say):
     * the zones and the prepared visibility graphs are shared, so nothing is prepared again.
     * An extra point whose id the airspace already has is refused.
     */
    public AirspaceRoutePlanner withDropPoints(List<DropPoint> extra) {
        List<DropPoint> drops = new ArrayList<>(airspace.dropPoints());
        for (DropPoint d : extra) {
            if (airspace.dropPoint(d.id()).isPresent() || airspace.launchSite(d.id()).isPresent()) {
                throw new IllegalArgumentException("the airspace already has a stop with id \"" + d.id() + "\"");
            }
            drops.add(d);
        }
        return new AirspaceRoutePlanner(this, airspace.withPoints(airspace.launchSites(), drops, List.of()));
    }

    public LocalProjection projection() {
        return projection;
    }

    /** The planner with no zone lifted, prepared now (e.g. before the first query). */
    public VisibilityGraphPlanner transitPlanner() {
        VisibilityGraphPlanner p = planner(Set.of());
        p.prepare();
        return p;
    }

    /** The shortest route between two positions, entering no blocking zone. */
    public Planned<Route> route(GeoPoint from, GeoPoint to) {
        return legs(List.of(new Stop("start", null, from, Set.of()), new Stop("goal", null, to, Set.of())));
    }

    /** A delivery tour: launch site, each drop point in order, back to the launch site. */
    public Planned<Route> delivery(String launchSiteId, List<String> dropPointIds) {
        List<String> ids = new ArrayList<>();
        ids.add(launchSiteId);
        ids.addAll(dropPointIds);
        ids.add(launchSiteId);
        return tour(ids);
    }

    /**
     * Why parcels from launch site {@code launchId} cannot reach drop point {@code dropId} and
     * come back with the margin, or empty when they can: the stop is unknown or was left out of
     * the airspace (its own reason), or no route reaches it ({@code ... is unreachable ...},
     * naming the zones that close it in). For checking a request before it is assigned.
     */
    public Optional<String> unreachable(String launchId, String dropId) {
        Optional<String> refused = airspace.launchSiteRefusal(launchId).or(() -> airspace.dropPointRefusal(dropId));
        if (refused.isPresent()) {
            return refused;
        }
        return delivery(launchId, List.of(dropId)) instanceof Planned.Blocked<Route> b
                ? Optional.of(b.blockage().reason()) : Optional.empty();
    }

    /** A tour through launch sites and drop points given by id, in order. */
    public Planned<Route> tour(List<String> stopIds) {
        if (stopIds.size() < 2) {
            throw new IllegalArgumentException("a tour needs at least 2 stops, got " + stopIds.size());
        }
        List<Stop> stops = new ArrayList<>();
        for (String id : stopIds) {
            stops.add(stop(id));
        }
        return legs(stops);
    }

    /** A stop of a tour; {@code kind} is "drop point", "launch site" or {@code null} for a bare position. */
    private record Stop(String id, String kind, GeoPoint position, Set<String> enterable) {
    }

    private Stop stop(String id) {
        DropPoint d = airspace.dropPoint(id).orElse(null);
        if (d != null) {
            Set<String> zones = new TreeSet<>();
            for (QuarantineZone z : airspace.quarantineZones()) {
                if (z.allowsDropAt(id) && covers(z.area(), d.position())) {
                    zones.add(z.id());
                }
            }
            return new Stop(id, "drop point", d.position(), zones);
        }
        LaunchSite l = airspace.launchSite(id).orElseThrow(() -> new IllegalArgumentException(
                airspace.leftOutReason(id).map(r -> id + " was left out of the airspace: " + r)
                        .orElse("no launch site or drop point with id \"" + id + "\" in the airspace"
                                + (options.at() == null ? "" : " in force at " + options.at()))));
        Set<String> zones = new TreeSet<>();
        for (QuarantineZone z : airspace.quarantineZones()) {
            if (covers(z.area(), l.position())) {
                zones.add(z.id());
            }
        }
        return new Stop(id, "launch site", l.position(), zones);
    }

    private static boolean covers(Geometry area, GeoPoint p) {
        return area.covers(area.getFactory().createPoint(new Coordinate(p.longitude(), p.latitude())));
    }

    private Planned<Route> legs(List<Stop> stops) {
        List<RouteLeg> legs = new ArrayList<>();
        List<GeoPoint> points = new ArrayList<>();
        double total = 0;
        for (int i = 1; i < stops.size(); i++) {
            Stop a = stops.get(i - 1);
            Stop b = stops.get(i);
            Set<String> lifted = new TreeSet<>(a.enterable());
            lifted.addAll(b.enterable());
            Planned<PlanarPath> leg = planner(lifted).shortestPath(projection.toLocal(a.position()),
                    projection.toLocal(b.position()));
            if (leg instanceof Planned.Blocked<PlanarPath> blocked) {
                Blockage why = blocked.blockage();
                Stop end = why.end() == Blockage.End.START ? a : b;
                String what = end.kind() != null ? end.kind() : why.end() == Blockage.End.START ? "start" : "goal";
                String said = Unreachable.explain(airspace, why, what, end.kind() == null ? null : end.id(),
                        options.marginMetres());
                return Planned.blocked(new Blockage("leg " + a.id() + " → " + b.id() + ": " + said, why.zoneIds(),
                        why.end(), why.cause(), why.areaEdge()));
            }
            PlanarPath path = ((Planned.Found<PlanarPath>) leg).value();
            List<GeoPoint> legPoints = new ArrayList<>();
            for (Coordinate c : path.points()) {
                GeoPoint g = projection.toGeo(c);
                legPoints.add(new GeoPoint(g.latitude(), g.longitude(), options.altitudeMetres()));
            }
            // the stops themselves, exactly as in the airspace file
            legPoints.set(0, atAltitude(a.position()));
            legPoints.set(legPoints.size() - 1, atAltitude(b.position()));
            legs.add(new RouteLeg(a.id(), b.id(), legPoints, path.lengthMetres()));
            points.addAll(points.isEmpty() ? legPoints : legPoints.subList(1, legPoints.size()));
            total += path.lengthMetres();
        }
        return Planned.found(new Route(points, total, legs));
    }

    private GeoPoint atAltitude(GeoPoint p) {
        return new GeoPoint(p.latitude(), p.longitude(), options.altitudeMetres());
    }

    private VisibilityGraphPlanner planner(Set<String> lifted) {
        return planners.computeIfAbsent(Set.copyOf(lifted), key -> {
            List<Obstacle> obstacles = new ArrayList<>(noFly);
            quarantine.forEach((id, o) -> {
                if (!key.contains(id)) {
                    obstacles.add(o);
                }
            });
            return new VisibilityGraphPlanner(localArea, obstacles, options.marginMetres());
        });
    }
}
