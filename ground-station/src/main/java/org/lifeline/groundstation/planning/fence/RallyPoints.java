package org.lifeline.groundstation.planning.fence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lifeline.plan.GeoPoint;
import org.lifeline.plan.RallyPoint;

/**
 * Rally points: where the autopilot may go instead of home on a failsafe. Every launch site
 * (each has a pad and a crew) and any extra safe spots, at the given altitude above home,
 * without duplicates.
 */
public final class RallyPoints {

    private RallyPoints() {
    }

    public static List<RallyPoint> of(List<GeoPoint> launchSites, List<GeoPoint> safeSpots, double altitude) {
        Set<String> seen = new LinkedHashSet<>();
        List<RallyPoint> out = new ArrayList<>();
        List<GeoPoint> all = new ArrayList<>(launchSites);
        all.addAll(safeSpots);
        for (GeoPoint p : all) {
            String key = Math.round(p.latitude() * 1e7) + "," + Math.round(p.longitude() * 1e7);
            if (seen.add(key)) {
                out.add(new RallyPoint(new GeoPoint(p.latitude(), p.longitude(), altitude)));
            }
        }
        return out;
    }
}
