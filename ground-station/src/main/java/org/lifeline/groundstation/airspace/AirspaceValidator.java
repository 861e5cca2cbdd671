package org.lifeline.groundstation.airspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lifeline.plan.GeoPoint;

/**
 * The rules that span features: drop points and launch sites lie inside the operating area
 * and outside every no-fly zone; a drop point inside a quarantine zone that lists destinations
 * is one of them; a zone lists only drop points that exist; ids are unique. Checked on the
 * geographic geometries (containment does not depend on the projection).
 *
 * <p>A point that breaks a rule is reported and left out (with the reason a plan naming it is
 * refused with); a zone listing an unknown destination is reported and kept, since only
 * deliveries to that destination depend on it.
 */
public final class AirspaceValidator {

    private AirspaceValidator() {
    }

    /** Problems with an airspace built in code (features are not located by index). */
    public static List<AirspaceProblem> validate(String source, Airspace airspace) {
        return check(source, airspace, Map.of(), new ArrayList<>());
    }

    /** Problems found; the points to leave out are added to {@code leftOut}. */
    static List<AirspaceProblem> check(String source, Airspace a, Map<String, Integer> indexOf, List<LeftOut> leftOut) {
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
        a.leftOut().forEach(l -> kindOf.putIfAbsent(l.id(), "left-out feature"));
        for (LaunchSite l : a.launchSites()) {
            placement(source, a, l.id(), null, l.position(), false, indexOf, out, leftOut);
        }
        for (DropPoint d : a.dropPoints()) {
            placement(source, a, d.id(), d.id(), d.position(), true, indexOf, out, leftOut);
        }
        for (QuarantineZone q : a.quarantineZones()) {
            List<String> destinations = q.destinations().orElse(List.of());
            for (int i = 0; i < destinations.size(); i++) {
                String dest = destinations.get(i);
                String kind = kindOf.get(dest);
                if (!ZoneKind.DROP_POINT.jsonName().equals(kind) && !"left-out feature".equals(kind)) {
                    out.add(problem(source, indexOf, q.id(), "properties.destinations[" + i + "]", "\"" + dest + "\" is "
                            + (kind == null ? "not the id of any feature" : "a " + kind) + "; expected a drop-point id"));
                }
            }
        }
        return out;
    }

    private static void placement(String source, Airspace a, String id, String dropId, GeoPoint position, boolean drop,
                                  Map<String, Integer> indexOf, List<AirspaceProblem> out, List<LeftOut> leftOut) {
        Optional<DropPointRules.Breach> breach = DropPointRules.placement(a, id, dropId, position, drop);
        if (breach.isPresent()) {
            DropPointRules.Breach b = breach.get();
            out.add(problem(source, indexOf, id, "geometry", b.reason() + " (at " + DropPointRules.latLon(position)
                    + "); expected " + b.expected() + "; left out"));
            leftOut.add(new LeftOut(id, b.reason()));
        }
    }

    private static AirspaceProblem problem(String source, Map<String, Integer> indexOf, String id, String field, String msg) {
        return new AirspaceProblem(source, indexOf.getOrDefault(id, -1), id, field, msg);
    }
}
