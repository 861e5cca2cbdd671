package org.lifeline.groundstation.airspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lifeline.plan.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * The rules that span features: drop points and launch sites lie inside the operating area
 * and outside every no-fly zone; a drop point inside a quarantine zone is one the zone lists;
 * a zone lists only drop points that exist; ids are unique. Checked on the geographic
 * geometries (containment does not depend on the projection).
 */
public final class AirspaceValidator {

    private AirspaceValidator() {
    }

    /** Problems with an airspace built in code (features are not located by index). */
    public static List<AirspaceProblem> validate(String source, Airspace airspace) {
        return check(source, airspace, Map.of());
    }

    static List<AirspaceProblem> check(String source, Airspace a, Map<String, Integer> indexOf) {
        List<AirspaceProblem> out = new ArrayList<>();
        Map<String, String> kindOf = new HashMap<>();
        a.zones().forEach(z -> kindOf.put(z.id(), z.kind().jsonName()));
        a.launchSites().forEach(l -> kindOf.put(l.id(), ZoneKind.LAUNCH_SITE.jsonName()));
        a.dropPoints().forEach(d -> kindOf.put(d.id(), ZoneKind.DROP_POINT.jsonName()));
        if (indexOf.isEmpty()) {
            int total = a.zones().size() + a.launchSites().size() + a.dropPoints().size();
            if (kindOf.size() < total) {
                out.add(new AirspaceProblem(source, -1, null, null, "feature ids are not unique; expected unique ids"));
            }
        }
        for (LaunchSite l : a.launchSites()) {
            placement(source, a, l.id(), l.position(), "launch site", indexOf, out);
        }
        for (DropPoint d : a.dropPoints()) {
            placement(source, a, d.id(), d.position(), "drop point", indexOf, out);
            Point p = point(d.position());
            for (QuarantineZone q : a.quarantineZones()) {
                if (q.area().covers(p) && !q.allowsDropAt(d.id())) {
                    out.add(problem(source, indexOf, d.id(), "geometry", "drop point lies inside quarantine zone \""
                            + q.id() + "\"" + where(indexOf, q.id()) + " which does not list it in destinations;"
                            + " expected the zone to list it"));
                }
            }
        }
        for (QuarantineZone q : a.quarantineZones()) {
            for (int i = 0; i < q.destinations().size(); i++) {
                String dest = q.destinations().get(i);
                String kind = kindOf.get(dest);
                if (!ZoneKind.DROP_POINT.jsonName().equals(kind)) {
                    out.add(problem(source, indexOf, q.id(), "properties.destinations[" + i + "]", "\"" + dest + "\" is "
                            + (kind == null ? "not the id of any feature" : "a " + kind) + "; expected a drop-point id"));
                }
            }
        }
        return out;
    }

    private static void placement(String source, Airspace a, String id, GeoPoint position, String what,
                                  Map<String, Integer> indexOf, List<AirspaceProblem> out) {
        Point p = point(position);
        if (!a.operatingArea().area().covers(p)) {
            out.add(problem(source, indexOf, id, "geometry", what + " at " + latLon(position)
                    + " is outside the operating area \"" + a.operatingArea().id() + "\"; refused"));
        }
        for (NoFlyZone z : a.noFlyZones()) {
            if (z.area().covers(p)) {
                out.add(problem(source, indexOf, id, "geometry", what + " at " + latLon(position)
                        + " is inside no-fly zone \"" + z.id() + "\"" + where(indexOf, z.id()) + "; refused"));
            }
        }
    }

    private static AirspaceProblem problem(String source, Map<String, Integer> indexOf, String id, String field, String msg) {
        return new AirspaceProblem(source, indexOf.getOrDefault(id, -1), id, field, msg);
    }

    private static String where(Map<String, Integer> indexOf, String id) {
        Integer i = indexOf.get(id);
        return i == null ? "" : " (features[" + i + "])";
    }

    private static Point point(GeoPoint p) {
        return GeoJsonGeometryParser.FACTORY.createPoint(new Coordinate(p.longitude(), p.latitude()));
    }

    private static String latLon(GeoPoint p) {
        return GeoJsonGeometryParser.latLon(new Coordinate(p.longitude(), p.latitude()));
    }
}
