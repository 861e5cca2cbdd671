package org.lifeline.groundstation.logs.report;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.airspace.NoFlyZone;
import org.lifeline.groundstation.airspace.QuarantineZone;
import org.lifeline.plan.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import java.util.ArrayList;
import java.util.List;

/**
 * The airspace as the report map draws it: the operating area, no-fly zones (with the planner's
 * margin drawn around them), quarantine zones and drop points, as outer rings of latitude/longitude.
 *
 * @param areas        zones in drawing order
 * @param drops        drop points with their zone radius (0 when none)
 * @param marginMetres the planner's clearance from no-fly zones, drawn as a dashed outline
 */
public record AirspaceLayer(List<Area> areas, List<Marker> drops, double marginMetres) {

    /** The planner's default clearance from no-fly zones ({@code lifeline plan --margin}). */
    public static final double DEFAULT_MARGIN_METRES = 30;

    public enum Kind { OPERATING_AREA, NO_FLY, QUARANTINE }

    /** One zone: its kind, name and polygon outer rings. */
    public record Area(Kind kind, String name, List<List<GeoPoint>> rings) {
        public Area {
            rings = rings.stream().map(List::copyOf).toList();
        }
    }

    /** A drop point. */
    public record Marker(String name, GeoPoint position, double radiusMetres) {
    }

    public AirspaceLayer {
        areas = List.copyOf(areas);
        drops = List.copyOf(drops);
    }

    public static AirspaceLayer of(Airspace a, double marginMetres) {
        List<Area> areas = new ArrayList<>();
        areas.add(new Area(Kind.OPERATING_AREA, a.operatingArea().name(), rings(a.operatingArea().area())));
        for (QuarantineZone q : a.quarantineZones()) {
            areas.add(new Area(Kind.QUARANTINE, q.name(), rings(q.area())));
        }
        for (NoFlyZone z : a.noFlyZones()) {
            areas.add(new Area(Kind.NO_FLY, z.name(), rings(z.area())));
        }
        List<Marker> drops = new ArrayList<>();
        for (DropPoint d : a.dropPoints()) {
            drops.add(new Marker(d.name(), d.position(), d.zoneRadiusMetres().orElse(0)));
        }
        return new AirspaceLayer(areas, drops, marginMetres);
    }

    /** Outer rings of every polygon in {@code g} (x = longitude, y = latitude). */
    private static List<List<GeoPoint>> rings(Geometry g) {
        List<List<GeoPoint>> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                List<GeoPoint> ring = new ArrayList<>();
                for (Coordinate c : p.getExteriorRing().getCoordinates()) {
                    ring.add(new GeoPoint(c.y, c.x, 0));
                }
                out.add(ring);
            }
        }
        return out;
    }
}
