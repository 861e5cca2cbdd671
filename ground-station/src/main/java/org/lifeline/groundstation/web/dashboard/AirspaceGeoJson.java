package org.lifeline.groundstation.web.dashboard;

import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.DropPoint;
import org.lifeline.groundstation.airspace.LaunchSite;
import org.lifeline.groundstation.airspace.NoFlyZone;
import org.lifeline.groundstation.airspace.QuarantineZone;
import org.lifeline.groundstation.geo.LocalProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The airspace as one GeoJSON FeatureCollection for the map. Each feature has a {@code layer}
 * property: {@code operating-area}, {@code no-fly}, {@code no-fly-margin} (the zone grown by the
 * planner's margin), {@code quarantine} (with {@code level}), {@code launch-site},
 * {@code drop-point}; and {@code id} and {@code name}.
 */
final class AirspaceGeoJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AirspaceGeoJson() {
    }

    /** The collection, with no-fly margins of {@code marginMetres} (none when 0). */
    static String of(Airspace a, double marginMetres) {
        ObjectNode fc = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        features.add(feature("operating-area", a.operatingArea().id(), a.operatingArea().name(), geometry(a.operatingArea().area())));
        for (QuarantineZone q : a.quarantineZones()) {
            ObjectNode f = feature("quarantine", q.id(), q.name(), geometry(q.area()));
            props(f).put("level", q.level().jsonName());
            features.add(f);
        }
        for (NoFlyZone z : a.noFlyZones()) {
            if (marginMetres > 0) {
                LocalProjection p = LocalProjection.centredOn(z.area());
                Geometry grown = p.toGeographic(p.toLocal(z.area()).buffer(marginMetres, 8));
                ObjectNode f = feature("no-fly-margin", z.id(), z.name(), geometry(grown));
                props(f).put("marginMetres", marginMetres);
                features.add(f);
            }
            features.add(feature("no-fly", z.id(), z.name(), geometry(z.area())));
        }
        for (LaunchSite l : a.launchSites()) {
            features.add(feature("launch-site", l.id(), l.name(), point(l.position().latitude(), l.position().longitude())));
        }
        for (DropPoint d : a.dropPoints()) {
            ObjectNode f = feature("drop-point", d.id(), d.name(), point(d.position().latitude(), d.position().longitude()));
            d.zoneRadiusMetres().ifPresent(r -> props(f).put("radiusMetres", r));
            features.add(f);
        }
        return fc.toString();
    }

    private static ObjectNode feature(String layer, String id, String name, ObjectNode geometry) {
        ObjectNode f = JSON.createObjectNode().put("type", "Feature");
        f.putObject("properties").put("layer", layer).put("id", id).put("name", name);
        f.set("geometry", geometry);
        return f;
    }

    private static ObjectNode props(ObjectNode feature) {
        return (ObjectNode) feature.get("properties");
    }

    private static ObjectNode point(double lat, double lon) {
        ObjectNode g = JSON.createObjectNode().put("type", "Point");
        g.putArray("coordinates").add(lon).add(lat);
        return g;
    }

    static ObjectNode geometry(Geometry g) {
        ObjectNode out = JSON.createObjectNode();
        if (g instanceof Polygon p) {
            out.put("type", "Polygon");
            rings(p, out.putArray("coordinates"));
        } else {
            out.put("type", "MultiPolygon");
            ArrayNode polys = out.putArray("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof Polygon p) {
                    rings(p, polys.addArray());
                }
            }
        }
        return out;
    }

    private static void rings(Polygon p, ArrayNode into) {
        ring(p.getExteriorRing(), into.addArray());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring(p.getInteriorRingN(i), into.addArray());
        }
    }

    private static void ring(LineString r, ArrayNode into) {
        for (Coordinate c : r.getCoordinates()) {
            into.addArray().add(c.x).add(c.y);
        }
    }
}
