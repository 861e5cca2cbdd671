package org.lifeline.groundstation.airspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lifeline.plan.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Where a launch site or drop point may be: inside the operating area, outside every no-fly
 * zone, and (a drop point) inside a quarantine zone only if the zone accepts parcels there.
 * Used by the reader to leave out misplaced points and by callers to ask whether a drop point
 * is usable before planning. Reasons name the zones by id and name, as a pilot reads them.
 */
final class DropPointRules {

    /** A placement that breaks a rule: what is wrong, and what the file should say instead. */
    record Breach(String reason, String expected) {
    }

    private DropPointRules() {
    }

    static Optional<String> refusal(Airspace a, String id) {
        if (a.dropPoint(id).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(a.leftOutReason(id).map(r -> "drop point " + id + " was left out of the airspace: " + r)
                .orElseGet(() -> "unknown drop point '" + id + "'; the airspace has "
                        + ids(a.dropPoints().stream().map(DropPoint::id).toList())));
    }

    static Optional<String> launchRefusal(Airspace a, String id) {
        if (a.launchSite(id).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(a.leftOutReason(id).map(r -> "launch site " + id + " was left out of the airspace: " + r)
                .orElseGet(() -> "unknown launch site '" + id + "'; the airspace has "
                        + ids(a.launchSites().stream().map(LaunchSite::id).toList())));
    }

    static Optional<String> refusalAt(Airspace a, GeoPoint p) {
        return placement(a, "the drop point at " + latLon(p), null, p, true).map(Breach::reason);
    }

    /**
     * The first rule {@code subject} breaks at {@code p}, if any.
     *
     * @param dropId the drop point's id (checked against quarantine zones' destinations), or
     *               {@code null} for a position that is no drop point of the file
     * @param drop   whether parcels are released there (quarantine zones matter) or it is a launch site
     */
    static Optional<Breach> placement(Airspace a, String subject, String dropId, GeoPoint p, boolean drop) {
        Point point = point(p);
        String what = drop ? "a drop point" : "a launch site";
        if (!a.operatingArea().area().covers(point)) {
            return Optional.of(new Breach(subject + " lies outside the operating area " + named(a.operatingArea()),
                    what + " inside the operating area"));
        }
        List<Zone> inside = new ArrayList<>();
        for (NoFlyZone z : a.noFlyZones()) {
            if (z.area().covers(point)) {
                inside.add(z);
            }
        }
        if (!inside.isEmpty()) {
            return Optional.of(new Breach(subject + " lies inside " + (inside.size() == 1 ? "no-fly zone " : "no-fly zones ")
                    + inside.stream().map(DropPointRules::named).collect(joining()), what + " outside every no-fly zone"));
        }
        if (!drop) {
            return Optional.empty();
        }
        for (QuarantineZone q : a.quarantineZones()) {
            boolean allowed = dropId != null ? q.allowsDropAt(dropId) : q.destinations().isEmpty();
            if (!allowed && q.area().covers(point)) {
                List<String> listed = q.destinations().orElse(List.of());
                return Optional.of(new Breach(subject + " lies inside quarantine zone " + named(q) + ", which accepts parcels "
                        + (listed.isEmpty() ? "at none of its drop points" : "only at " + ids(listed)),
                        "the zone to list it in destinations (or to list none, accepting every drop point inside)"));
            }
        }
        return Optional.empty();
    }

    /** {@code nf-hospital (County People's Hospital)}, or just the id when the name is the id. */
    static String named(Zone z) {
        return z.name().equals(z.id()) ? z.id() : z.id() + " (" + z.name() + ")";
    }

    private static java.util.stream.Collector<CharSequence, ?, String> joining() {
        return Collectors.collectingAndThen(Collectors.toList(), l -> l.size() == 1 ? l.get(0).toString()
                : String.join(", ", l.subList(0, l.size() - 1)) + " and " + l.get(l.size() - 1));
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private static Point point(GeoPoint p) {
        return GeoJsonGeometryParser.FACTORY.createPoint(new Coordinate(p.longitude(), p.latitude()));
    }

    static String latLon(GeoPoint p) {
        return GeoJsonGeometryParser.latLon(new Coordinate(p.longitude(), p.latitude()));
    }
}
