package org.lifeline.groundstation.planning.mission;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.airspace.LaunchSite;
import org.lifeline.groundstation.airspace.NoFlyZone;
import org.lifeline.groundstation.airspace.OperatingArea;
import org.lifeline.groundstation.airspace.TimeWindow;
import org.lifeline.plan.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Random airspaces as a county draws them: an operating area of one or two parts (a
 * MultiPolygon), each a 2 km square with up to four holes (a reservoir, a prison), no-fly zones
 * that may overlap the holes and the edge, one launch site and a few drop points, possibly in
 * the other part. Built in metres around 34 N, 114.4 E and converted to degrees.
 */
final class RandomAirspaces {

    private static final GeometryFactory GEO = new GeometryFactory();
    private static final double LAT0 = 34.0;
    private static final double LON0 = 114.4;
    private static final double M_PER_DEG_LAT = 110_900;
    private static final double M_PER_DEG_LON = 111_320 * Math.cos(Math.toRadians(LAT0));
    static final double SIDE = 2000;
    static final double GAP = 800;

    private RandomAirspaces() {
    }

    /** The airspace for {@code seed}; drop points are named d0, d1, ..., the launch site "launch". */
    static Airspace of(long seed, int parts) {
        Random r = new Random(seed);
        List<Polygon> partPolygons = new ArrayList<>();
        List<Geometry> blocked = new ArrayList<>();
        for (int k = 0; k < parts; k++) {
            double x0 = k * (SIDE + GAP);
            Polygon square = rectangle(x0, 0, x0 + SIDE, SIDE);
            List<LinearRing> holes = new ArrayList<>();
            List<Polygon> holePolygons = new ArrayList<>();
            int holeCount = r.nextInt(5);
            for (int h = 0; h < holeCount * 3 && holes.size() < holeCount; h++) {
                Polygon hole = convex(r, x0 + 250 + r.nextDouble() * (SIDE - 500), 250 + r.nextDouble() * (SIDE - 500),
                        40 + r.nextDouble() * 180);
                if (holePolygons.stream().allMatch(o -> o.distance(hole) > 5)) {
                    holePolygons.add(hole);
                    holes.add(hole.getExteriorRing().getFactory().createLinearRing(hole.getExteriorRing().getCoordinates()));
                }
            }
            partPolygons.add(GEO.createPolygon(square.getExteriorRing().getFactory()
                    .createLinearRing(square.getExteriorRing().getCoordinates()), holes.toArray(LinearRing[]::new)));
            blocked.addAll(holePolygons);
        }
        Geometry area = parts == 1 ? partPolygons.get(0) : GEO.createMultiPolygon(partPolygons.toArray(Polygon[]::new));
        List<NoFlyZone> noFly = new ArrayList<>();
        int zones = r.nextInt(4);
        for (int i = 0; i < zones; i++) {
            double x0 = r.nextInt(parts) * (SIDE + GAP);
            Polygon zone = convex(r, x0 + r.nextDouble() * SIDE, r.nextDouble() * SIDE, 40 + r.nextDouble() * 200);
            noFly.add(new NoFlyZone("nf-" + i, "No-fly " + i, geographic(zone), 0, Double.POSITIVE_INFINITY, TimeWindow.ALWAYS));
            blocked.add(zone);
        }
        LaunchSite launch = new LaunchSite("launch", "Launch", point(r, 0, blocked), TimeWindow.ALWAYS);
        List<DropPoint> drops = new ArrayList<>();
        int dropCount = 1 + r.nextInt(3);
        for (int i = 0; i < dropCount; i++) {
            drops.add(new DropPoint("d" + i, "Drop " + i, point(r, r.nextInt(parts), blocked),
                    OptionalDouble.empty(), OptionalDouble.empty(), TimeWindow.ALWAYS));
        }
        return new Airspace(new OperatingArea("area", "County", geographic(area), TimeWindow.ALWAYS), noFly, List.of(),
                List.of(launch), drops);
    }

    /** A point of part {@code part}, at least 1 m from every hole and zone (it may still be within the margin). */
    private static GeoPoint point(Random r, int part, List<Geometry> blocked) {
        double x0 = part * (SIDE + GAP);
        for (int attempt = 0; ; attempt++) {
            Coordinate c = new Coordinate(x0 + 20 + r.nextDouble() * (SIDE - 40), 20 + r.nextDouble() * (SIDE - 40));
            Geometry p = GEO.createPoint(c);
            if (attempt > 200 || blocked.stream().allMatch(b -> b.distance(p) > 1)) {
                return new GeoPoint(LAT0 + c.y / M_PER_DEG_LAT, LON0 + c.x / M_PER_DEG_LON, 0);
            }
        }
    }

    /** A convex polygon of 3..8 vertices on a circle of radius {@code radius}. */
    private static Polygon convex(Random r, double cx, double cy, double radius) {
        int n = 3 + r.nextInt(6);
        double[] angles = new double[n];
        for (int i = 0; i < n; i++) {
            angles[i] = r.nextDouble() * 2 * Math.PI;
        }
        java.util.Arrays.sort(angles);
        Coordinate[] cs = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            cs[i] = new Coordinate(cx + radius * Math.cos(angles[i]), cy + radius * Math.sin(angles[i]));
        }
        cs[n] = cs[0].copy();
        Polygon p = GEO.createPolygon(cs);
        return p.isValid() && p.getArea() > 100 ? p : rectangle(cx - radius / 2, cy - radius / 2, cx + radius / 2, cy + radius / 2);
    }

    private static Polygon rectangle(double x0, double y0, double x1, double y1) {
        return GEO.createPolygon(new Coordinate[]{new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1),
                new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    private static Geometry geographic(Geometry local) {
        Geometry g = local.copy();
        g.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            double x = c.x;
            c.x = LON0 + x / M_PER_DEG_LON;
            c.y = LAT0 + c.y / M_PER_DEG_LAT;
        });
        g.geometryChanged();
        return g;
    }
}
