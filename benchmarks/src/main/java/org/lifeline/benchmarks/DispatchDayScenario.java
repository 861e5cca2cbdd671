package org.lifeline.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.AirspaceReader;
import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.airspace.LaunchSite;
import org.lifeline.groundstation.airspace.TimeWindow;
import org.lifeline.groundstation.airspace.Zone;
import org.lifeline.groundstation.dispatch.assign.FleetDrone;
import org.lifeline.groundstation.dispatch.request.Priority;
import org.lifeline.groundstation.dispatch.assign.QueuedParcel;
import org.lifeline.groundstation.geo.LocalProjection;
import org.lifeline.groundstation.planning.mission.DeliveryPlanner;
import org.lifeline.groundstation.planning.vehicle.VehicleProfile;
import org.lifeline.plan.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The simulated day of the dispatch benchmark, all from fixed seeds.
 *
 * <p><b>Airspace.</b> The sample airspace (docs/examples/fugou-airspace.geojson) has 2 launch
 * sites and 12 drop points; a town's day has more addresses than that. {@link #airspace} adds
 * {@code extra} drop points drawn uniformly inside the operating area, each at least 100 m from
 * every no-fly and quarantine zone and 150 m from every other stop. Only the positions are
 * generated; every distance flown is the planner's geofenced path.
 *
 * <p><b>Requests.</b> 1,000 arrive at uniformly random times over 10 hours, to uniformly random
 * drop points: 10 % urgent medicine (100–600 g), 20 % medicine (100–1,000 g, deadline 3 h),
 * 15 % infant (400–1,600 g), 40 % food (300–2,000 g), 15 % other (200–2,000 g).
 *
 * <p><b>Fleet.</b> 20 quadcopters of docs/examples/quad-2kg.vehicle.json, half at each launch
 * site, each on a full battery at takeoff (batteries are swapped in the 5-minute turnaround).
 */
final class DispatchDayScenario {

    static final Instant START = Instant.parse("2026-04-01T00:00:00Z");
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private DispatchDayScenario() {
    }

    static Airspace sample(java.nio.file.Path file) throws Exception {
        return AirspaceReader.read(file);
    }

    static Airspace airspace(Airspace base, int extra, long seed) {
        LocalProjection projection = DeliveryPlanner.projectionFor(base);
        Geometry area = projection.toLocal(base.operatingArea().area());
        List<Geometry> zones = new ArrayList<>();
        for (Zone z : base.zones()) {
            if (z != base.operatingArea()) {
                zones.add(projection.toLocal(z.area()));
            }
        }
        List<Coordinate> taken = new ArrayList<>();
        base.launchSites().forEach(l -> taken.add(projection.toLocal(l.position())));
        base.dropPoints().forEach(d -> taken.add(projection.toLocal(d.position())));
        var env = area.getEnvelopeInternal();
        Random random = new Random(seed);
        List<DropPoint> drops = new ArrayList<>(base.dropPoints());
        int made = 0;
        while (made < extra) {
            Coordinate c = new Coordinate(env.getMinX() + random.nextDouble() * env.getWidth(),
                    env.getMinY() + random.nextDouble() * env.getHeight());
            var p = GEOMETRY.createPoint(c);
            if (!area.contains(p) || area.getBoundary().distance(p) < 100
                    || zones.stream().anyMatch(z -> z.distance(p) < 100)
                    || taken.stream().anyMatch(t -> t.distance(c) < 150)) {
                continue;
            }
            taken.add(c);
            GeoPoint g = projection.toGeo(c);
            made++;
            drops.add(new DropPoint(String.format("gen-%02d", made), "generated address " + made,
                    GeoPoint.of(g.latitude(), g.longitude()), OptionalDouble.empty(), OptionalDouble.empty(), TimeWindow.ALWAYS));
        }
        return new Airspace(base.operatingArea(), base.noFlyZones(), base.quarantineZones(), base.launchSites(), drops);
    }

    static List<QueuedParcel> requests(Airspace airspace, int count, double hours, long seed) {
        Random random = new Random(seed);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add((long) (random.nextDouble() * hours * 3600));
        }
        times.sort(null);
        List<QueuedParcel> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double r = random.nextDouble();
            Priority p = r < 0.10 ? Priority.URGENT_MEDICINE : r < 0.30 ? Priority.MEDICINE : r < 0.45 ? Priority.INFANT
                    : r < 0.85 ? Priority.FOOD : Priority.OTHER;
            int[] range = switch (p) {
                case URGENT_MEDICINE -> new int[] {100, 600};
                case MEDICINE -> new int[] {100, 1_000};
                case INFANT -> new int[] {400, 1_600};
                case FOOD -> new int[] {300, 2_000};
                case OTHER -> new int[] {200, 2_000};
            };
            int grams = range[0] + random.nextInt(range[1] - range[0] + 1);
            DropPoint drop = airspace.dropPoints().get(random.nextInt(airspace.dropPoints().size()));
            Instant at = START.plusSeconds(times.get(i));
            Optional<Instant> deadline = p == Priority.MEDICINE ? Optional.of(at.plusSeconds(3 * 3600)) : Optional.empty();
            out.add(new QueuedParcel(String.format("req-%04d", i), drop.id(), grams, p, at, deadline));
        }
        return out;
    }

    static List<String> droneIds(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(String.format("drone-%02d", i + 1));
        }
        return ids;
    }

    static String launchOf(Airspace airspace, int droneIndex) {
        List<LaunchSite> sites = airspace.launchSites();
        return sites.get(droneIndex % sites.size()).id();
    }

    static FleetDrone ready(String id, VehicleProfile vehicle, String launch) {
        return FleetDrone.ready(id, vehicle, launch, 100);
    }
}
