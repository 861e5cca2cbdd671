package org.lifeline.groundstation.planning.route;

import java.util.List;
import java.util.Locale;
import org.lifeline.groundstation.airspace.Airspace;
import org.lifeline.groundstation.airspace.Zone;

/**
 * Says a {@link Blockage} in the airspace's words: which launch site or drop point cannot be
 * reached, that it is <em>unreachable</em>, and the zones that close it in, by kind, id and
 * name: {@code drop point dp-courtyard is unreachable with the 30 m margin: it is closed in by
 * no-fly zones nf-school (Middle school 2) and nf-hospital (County hospital)}.
 */
final class Unreachable {

    private Unreachable() {
    }

    /**
     * @param what  "drop point", "launch site", or the end's role when it is no feature of the airspace
     * @param id    the feature's id, or {@code null}
     */
    static String explain(Airspace airspace, Blockage b, String what, String id, double margin) {
        String subject = id == null ? what : what + " " + id;
        String m = String.format(Locale.ROOT, "%.0f m", margin);
        String zones = named(airspace, b.zoneIds());
        return switch (b.cause()) {
            case ENCLOSED -> subject + " is unreachable with the " + m + " margin: it is closed in by "
                    + (b.zoneIds().isEmpty() ? "the operating area's edge (its holes included)"
                    : zones + (b.areaEdge() ? " and the operating area's edge" : ""));
            case IN_ZONE -> subject + " is unreachable: it lies inside " + zones + " or within the " + m + " margin around "
                    + (b.zoneIds().size() == 1 ? "it" : "them");
            case OUTSIDE_AREA -> subject + " is unreachable: it lies outside the operating area or within " + m
                    + " of its edge (holes included)";
            case OTHER -> b.reason();
        };
    }

    /** {@code no-fly zone nf-a (School)}, {@code no-fly zones nf-a (School) and nf-b}, mixed kinds each named. */
    static String named(Airspace airspace, List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        List<String> kinds = ids.stream().map(id -> kind(airspace, id)).distinct().toList();
        List<String> names = ids.stream().map(id -> airspace.zone(id).map(Unreachable::named).orElse(id)).toList();
        if (kinds.size() == 1) {
            return kinds.get(0) + (ids.size() == 1 ? " " : "s ") + and(names);
        }
        List<String> each = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            each.add(kind(airspace, ids.get(i)) + " " + names.get(i));
        }
        return and(each);
    }

    private static String kind(Airspace airspace, String id) {
        return airspace.zone(id).map(z -> switch (z.kind()) {
            case NO_FLY -> "no-fly zone";
            case QUARANTINE_ZONE -> "quarantine zone";
            default -> "zone";
        }).orElse("zone");
    }

    private static String and(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String named(Zone z) {
        return z.name().equals(z.id()) ? z.id() : z.id() + " (" + z.name() + ")";
    }
}
